from starlette.applications import Starlette
from starlette.authentication import requires
from starlette.responses import Response
from starlette.routing import Route

from .db import database, users


@requires("authenticated")
async def update_preferences(request):
    data = await request.json()
    uid = request.user.id
    await database.execute(users.update().where(users.c.id == uid).values(**data))
    return Response(status_code=204)


app = Starlette(routes=[Route("/me/preferences", update_preferences, methods=["PUT"])])
