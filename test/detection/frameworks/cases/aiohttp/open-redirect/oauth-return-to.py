from aiohttp import web
from aiohttp_session import get_session


async def oauth_callback(request):
    session = await get_session(request)
    token = await request.app["oauth"].exchange(request.query["code"])
    session["access_token"] = token
    raise web.HTTPFound(request.query.get("return_to", "/dashboard"))


app = web.Application()
app.router.add_get("/oauth/callback", oauth_callback)
