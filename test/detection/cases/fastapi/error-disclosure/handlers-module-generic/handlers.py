import logging
import traceback

from fastapi import Request
from fastapi.responses import JSONResponse

logger = logging.getLogger("app")


async def unhandled(request: Request, exc: Exception) -> JSONResponse:
    logger.error("unhandled error on %s\n%s", request.url.path, "".join(traceback.format_exception(exc)))
    return JSONResponse({"detail": "Internal Server Error"}, status_code=500)
