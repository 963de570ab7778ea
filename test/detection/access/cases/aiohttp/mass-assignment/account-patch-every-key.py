from aiohttp import web
from aiohttp_security import authorized_userid

routes = web.RouteTableDef()


@routes.patch("/account")
async def update_account(request):
    uid = await authorized_userid(request)
    if uid is None:
        raise web.HTTPUnauthorized()
    body = await request.json()
    conn = request.app["db"]
    sets = ", ".join(f"{k} = ${i}" for i, k in enumerate(body, start=2))
    await conn.execute(f"UPDATE accounts SET {sets} WHERE id = $1", uid, *body.values())
    return web.json_response({"updated": True})
