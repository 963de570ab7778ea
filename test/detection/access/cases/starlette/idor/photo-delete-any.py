from sqlalchemy import delete, select
from starlette.applications import Starlette
from starlette.authentication import requires
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.authentication import AuthenticationMiddleware
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from gallery.auth import TokenBackend
from gallery.db import async_session
from gallery.models import Photo


@requires("authenticated")
async def photo(request):
    photo_id = request.path_params["photo_id"]
    async with async_session() as db:
        item = await db.get(Photo, photo_id)
        if item is None:
            raise HTTPException(404)
        if request.method == "DELETE":
            await db.execute(delete(Photo).where(Photo.id == item.id))
            await db.commit()
            return Response(status_code=204)
        return JSONResponse({"id": item.id, "title": item.title, "url": item.url})


app = Starlette(
    routes=[Route("/photos/{photo_id:int}", photo, methods=["GET", "DELETE"])],
    middleware=[Middleware(AuthenticationMiddleware, backend=TokenBackend())],
)
