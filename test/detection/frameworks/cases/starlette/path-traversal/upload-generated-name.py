import uuid
from pathlib import Path

from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

UPLOADS = Path("/var/lib/app/avatars")
EXTENSIONS = {"image/png": ".png", "image/jpeg": ".jpg", "image/webp": ".webp"}


async def upload_avatar(request):
    form = await request.form()
    upload = form["avatar"]
    ext = EXTENSIONS.get(upload.content_type)
    if ext is None:
        return JSONResponse({"error": "unsupported type"}, status_code=415)
    name = uuid.uuid4().hex + ext
    (UPLOADS / name).write_bytes(await upload.read())
    return JSONResponse({"stored": name}, status_code=201)


app = Starlette(routes=[Route("/avatars", upload_avatar, methods=["POST"])])
