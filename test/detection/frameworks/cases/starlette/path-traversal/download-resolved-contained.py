from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.responses import FileResponse
from starlette.routing import Route

FILES_DIR = Path("/srv/shared").resolve()


async def download(request):
    target = (FILES_DIR / request.path_params["relpath"]).resolve()
    if not target.is_relative_to(FILES_DIR) or not target.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(target)


app = Starlette(routes=[Route("/files/{relpath:path}", download)])
