from starlette.authentication import requires
from starlette.responses import JSONResponse

from bookmarks.db import bookmarks


@requires("authenticated", redirect="login")
async def list_bookmarks(request):
    return JSONResponse(await bookmarks.of(request.user.username))


async def import_bookmarks(request):
    payload = await request.json()
    owner = request.user.username if request.user.is_authenticated else payload["owner"]
    count = await bookmarks.bulk_insert(owner, payload["items"])
    return JSONResponse({"imported": count}, status_code=201)


async def login(request):
    return JSONResponse({"login": "form"})
