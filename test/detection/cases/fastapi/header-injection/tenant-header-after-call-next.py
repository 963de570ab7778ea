from fastapi import FastAPI, Request

app = FastAPI()


@app.middleware("http")
async def tenant_echo(request: Request, call_next):
    response = await call_next(request)
    tenant = request.query_params.get("tenant")
    if tenant:
        response.headers["X-Tenant"] = tenant
    return response


@app.get("/status")
async def status():
    return {"ok": True}
