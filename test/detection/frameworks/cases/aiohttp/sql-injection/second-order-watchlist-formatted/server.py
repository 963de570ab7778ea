from aiohttp import web
from aiohttp_session import get_session

import watchlist
from alerts_sql import matching_alerts

routes = web.RouteTableDef()


async def user_id_of(request) -> int:
    session = await get_session(request)
    if "uid" not in session:
        raise web.HTTPUnauthorized()
    return int(session["uid"])


@routes.put("/watchlist")
async def put_watchlist(request):
    body = await request.json()
    watchlist.save(await user_id_of(request), [str(t) for t in body["tags"]])
    return web.json_response({"saved": True})


@routes.get("/alerts")
async def alerts(request):
    tags = watchlist.load(await user_id_of(request))
    rows = await matching_alerts(request.app["pool"], tags)
    return web.json_response([dict(r) for r in rows])


def build_app(pool):
    app = web.Application()
    app["pool"] = pool
    app.add_routes(routes)
    return app
