import logging

from aiohttp import web

log = logging.getLogger("downloads")


async def download(request):
    name = request.match_info["name"]
    log.info(f"download {name} by agent={request.headers.get('User-Agent')}")
    return web.FileResponse(f"/srv/releases/{name}.tar.gz") if name in request.app["releases"] else web.HTTPNotFound()


app = web.Application()
app.router.add_get("/releases/{name}", download)
