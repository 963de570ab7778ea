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
    key = f"login:{request.remote}:{email}"
    attempts = await redis.incr(key)
    if attempts == 1:
        await redis.expire(key, 900)
    if attempts > 5:
        raise web.HTTPTooManyRequests(text="too many attempts")
    user = await fetch_user(request.app["db"], email)
    if user is None or not argon2.verify(password, user["password_hash"]):
        raise web.HTTPUnauthorized(text="invalid credentials")
    response = web.json_response({"ok": True})
    await remember(request, response, str(user["id"]))
    return response
