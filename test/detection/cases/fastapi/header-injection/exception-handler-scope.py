from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from quotas import QuotaExceeded, check_quota

app = FastAPI()


@app.exception_handler(QuotaExceeded)
async def quota_exceeded(request: Request, exc: QuotaExceeded):
    scope = request.query_params.get("scope", "default")
    return JSONResponse(
        {"detail": "quota exceeded", "retry_after": exc.retry_after},
        status_code=429,
        headers={"Retry-After": str(exc.retry_after), "X-Quota-Scope": scope},
    )


@app.get("/search")
async def search(q: str, scope: str = "default"):
    check_quota(scope)
    return {"q": q, "results": []}
