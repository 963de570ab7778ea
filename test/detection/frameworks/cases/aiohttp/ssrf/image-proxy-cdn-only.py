from urllib.parse import urlparse

import aiohttp
from aiohttp import web

CDN_HOST = "images.example-cdn.net"


async def image_proxy(request):
    src = request.query["src"]
    parsed = urlparse(src)
    if parsed.scheme != "https" or parsed.hostname != CDN_HOST:
        raise web.HTTPForbidden()
    async with aiohttp.ClientSession() as session:
        async with session.get(src, allow_redirects=False) as resp:
            body = await resp.read()
    return web.Response(body=body, content_type="image/jpeg")


app = web.Application()
app.router.add_get("/img", image_proxy)
