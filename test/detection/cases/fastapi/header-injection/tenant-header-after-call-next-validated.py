import re

from fastapi import FastAPI, Request

app = FastAPI()
TENANT = re.compile(r"[a-z0-9-]{1,32}")


@app.middleware("http")
async def tenant_echo(request: Request, call_next):
    response = await call_next(request)
    tenant = request.query_params.get("tenant", "")
    if TENANT.fullmatch(tenant):
        response.headers["X-Tenant"] = tenant
    return response


@app.get("/status")
async def status():
    return {"ok": True}
