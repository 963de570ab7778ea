import logging
import uuid

from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse

app = FastAPI()
log = logging.getLogger("api")


@app.middleware("http")
async def catch_errors(request: Request, call_next):
    request_id = uuid.uuid4().hex
    try:
        return await call_next(request)
    except Exception:
        log.exception("request %s failed", request_id)
        return PlainTextResponse(f"Internal error, request id {request_id}", status_code=500)
