import aiohttp
from aiohttp import web


async def image_proxy(request):
    src = request.query["src"]
    async with aiohttp.ClientSession() as session:
        async with session.get(src) as resp:
            body = await resp.read()
            ctype = resp.headers.get("Content-Type", "application/octet-stream")
    return web.Response(body=body, content_type=ctype.split(";")[0])


app = web.Application()
app.router.add_get("/img", image_proxy)
