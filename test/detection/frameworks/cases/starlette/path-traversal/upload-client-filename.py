from pathlib import Path

from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

UPLOADS = Path("/var/lib/app/avatars")


async def upload_avatar(request):
    form = await request.form()
    upload = form["avatar"]
    data = await upload.read()
    (UPLOADS / upload.filename).write_bytes(data)
    return JSONResponse({"stored": upload.filename}, status_code=201)


app = Starlette(routes=[Route("/avatars", upload_avatar, methods=["POST"])])
