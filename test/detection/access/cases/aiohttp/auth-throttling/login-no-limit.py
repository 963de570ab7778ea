from aiohttp import web
from aiohttp_security import remember
from passlib.hash import argon2

from .db import fetch_user
from .cache import redis

routes = web.RouteTableDef()


@routes.post("/login")
async def login(request):
    form = await request.post()
    email = form["email"].lower()
    password = form["password"]
    user = await fetch_user(request.app["db"], email)
    if user is None or not argon2.verify(password, user["password_hash"]):
        raise web.HTTPUnauthorized(text="invalid credentials")
    response = web.json_response({"ok": True})
    await remember(request, response, str(user["id"]))
    return response
