from aiohttp import web


async def status(request):
    resp = web.json_response({"status": "ok"})
    resp.headers["X-Request-Id"] = request.headers.get("X-Request-Id", "")
    return resp


app = web.Application()
app.router.add_get("/status", status)
