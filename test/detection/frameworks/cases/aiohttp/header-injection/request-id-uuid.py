import uuid

from aiohttp import web


async def status(request):
    try:
        rid = str(uuid.UUID(request.headers.get("X-Request-Id", "")))
    except ValueError:
        rid = str(uuid.uuid4())
    resp = web.json_response({"status": "ok"})
    resp.headers["X-Request-Id"] = rid
    return resp


app = web.Application()
app.router.add_get("/status", status)
