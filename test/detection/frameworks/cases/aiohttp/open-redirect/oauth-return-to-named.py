from aiohttp import web
from aiohttp_session import get_session

RETURN_ROUTES = {"dashboard", "settings", "billing"}


async def oauth_callback(request):
    session = await get_session(request)
    token = await request.app["oauth"].exchange(request.query["code"])
    session["access_token"] = token
    name = request.query.get("return_to", "dashboard")
    if name not in RETURN_ROUTES:
        name = "dashboard"
    raise web.HTTPFound(request.app.router[name].url_for())


app = web.Application()
app.router.add_get("/oauth/callback", oauth_callback)
