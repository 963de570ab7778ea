from aiohttp import web
from motor.motor_asyncio import AsyncIOMotorClient

users = AsyncIOMotorClient().app.users


async def login(request):
    body = await request.json()
    user = await users.find_one({"username": body["username"], "password_hash": body["password_hash"]})
    if not user:
        raise web.HTTPUnauthorized()
    return web.json_response({"id": str(user["_id"])})


app = web.Application()
app.router.add_post("/api/login", login)
