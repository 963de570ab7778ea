from passlib.context import CryptContext
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

from .db import get_user
from .tokens import issue

pwd = CryptContext(schemes=["bcrypt"])


async def token(request):
    form = await request.form()
    user = await get_user(form.get("username", ""))
    if user is None or not pwd.verify(form.get("password", ""), user.hashed_password):
        return JSONResponse({"detail": "invalid credentials"}, status_code=401)
    return JSONResponse({"access_token": issue(user.id)})


app = Starlette(routes=[Route("/token", token, methods=["POST"])])
