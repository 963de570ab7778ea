from aiohttp import web


async def go(request):
    target = request.query.get("to")
    if not target:
        raise web.HTTPBadRequest()
    return web.Response(status=302, headers={"Location": target})


app = web.Application()
app.router.add_get("/go", go)
