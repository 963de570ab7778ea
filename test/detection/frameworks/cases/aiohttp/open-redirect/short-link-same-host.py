from urllib.parse import urljoin, urlsplit

from aiohttp import web


async def go(request):
    target = request.query.get("to", "/")
    absolute = urljoin(str(request.url), target)
    if urlsplit(absolute).netloc != request.host:
        absolute = "/"
    return web.Response(status=302, headers={"Location": absolute})


app = web.Application()
app.router.add_get("/go", go)
