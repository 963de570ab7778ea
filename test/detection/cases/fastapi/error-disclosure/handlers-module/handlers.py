import traceback

from fastapi import Request
from fastapi.responses import JSONResponse


async def unhandled(request: Request, exc: Exception) -> JSONResponse:
    return JSONResponse({"detail": "".join(traceback.format_exception(exc))}, status_code=500)
