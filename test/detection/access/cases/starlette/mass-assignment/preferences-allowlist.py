from starlette.applications import Starlette
from starlette.authentication import requires
from starlette.responses import Response
from starlette.routing import Route

from .db import database, users


@requires("authenticated")
async def update_preferences(request):
    data = await request.json()
    uid = request.user.id
    values = {k: data[k] for k in ("theme", "language", "newsletter") if k in data}
    await database.execute(users.update().where(users.c.id == uid).values(**values))
    return Response(status_code=204)


app = Starlette(routes=[Route("/me/preferences", update_preferences, methods=["PUT"])])
