import asyncio

from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

MEDIA = "/srv/media"


async def make_thumbnail(request):
    payload = await request.json()
    name = payload["file"]
    proc = await asyncio.create_subprocess_shell(
        f"convert {MEDIA}/{name} -resize 200x200 {MEDIA}/thumbs/{name}",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await proc.communicate()
    return JSONResponse({"ok": proc.returncode == 0, "error": err.decode()[:200]})


app = Starlette(routes=[Route("/thumbnails", make_thumbnail, methods=["POST"])])
