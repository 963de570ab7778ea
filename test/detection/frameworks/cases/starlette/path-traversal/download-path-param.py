import os

from starlette.applications import Starlette
from starlette.responses import FileResponse
from starlette.routing import Route

FILES_DIR = "/srv/shared"


async def download(request):
    relpath = request.path_params["relpath"]
    return FileResponse(os.path.join(FILES_DIR, relpath))


app = Starlette(routes=[Route("/files/{relpath:path}", download)])
