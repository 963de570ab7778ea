from starlette.applications import Starlette
from starlette.authentication import requires
from starlette.responses import JSONResponse
from starlette.routing import Route

from .db import accounts, database


@requires("authenticated")
async def me(request):
    row = await database.fetch_one(accounts.select().where(accounts.c.id == request.user.id))
    return JSONResponse({"id": row["id"], "email": row["email"], "plan": row["plan"]})


app = Starlette(routes=[Route("/me", me)])
