from aiohttp import web
from aiohttp_session import get_session


@web.middleware
async def require_login(request, handler):
    session = await get_session(request)
    if "user_id" not in session:
        raise web.HTTPFound("/login")
    request["user_id"] = session["user_id"]
    return await handler(request)
