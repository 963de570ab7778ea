import logging

from aiohttp import web

log = logging.getLogger("downloads")


async def download(request):
    build = int(request.match_info["build"])
    log.info("download of build %d", build)
    return web.FileResponse(f"/srv/releases/build-{build}.tar.gz")


app = web.Application()
app.router.add_get(r"/releases/{build:\d+}", download)
