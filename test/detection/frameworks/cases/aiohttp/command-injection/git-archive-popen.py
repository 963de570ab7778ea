import os

from aiohttp import web


async def archive(request):
    ref = request.match_info["ref"]
    stream = os.popen(f"git -C /srv/repo archive --format=tar.gz {ref}")
    body = stream.buffer.read()
    return web.Response(body=body, content_type="application/gzip")


app = web.Application()
app.router.add_get("/archive/{ref}", archive)
