# assay-fixture: path=api/main.py
import re

from fastapi import FastAPI, Request, Response
from starlette.middleware.base import BaseHTTPMiddleware

app = FastAPI()
TENANT = re.compile(r"[a-z0-9-]{1,32}")


def download_headers(title: str) -> dict:
    return {"Content-Disposition": f'attachment; filename="{title}.pdf"'}


@app.get("/reports/pdf")
def report_pdf(title: str = "report"):
    # `from fastapi import Response` is Starlette's Response: constructor headers are sent as given.
    return Response(b"%PDF", media_type="application/pdf", headers=download_headers(title))  # expect: PY-INJ-HEADER


@app.get("/reports/csv")
def report_csv(title: str = "report"):
    return Response(b"id", media_type="text/csv", headers={"Cache-Control": "no-store"})  # ok: PY-INJ-HEADER


@app.middleware("http")
async def tenant_echo(request: Request, call_next):
    response = await call_next(request)
    tenant = request.query_params.get("tenant", "")
    if TENANT.fullmatch(tenant):
        response.headers["X-Tenant"] = tenant  # ok: PY-INJ-HEADER
    response.headers["X-Tenant-Raw"] = tenant  # expect: PY-INJ-HEADER
    return response


class Locale(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        response = await call_next(request)
        response.headers["Content-Language"] = request.headers.get("accept-language", "en")  # expect: PY-INJ-HEADER
        return response


app.add_middleware(Locale)
