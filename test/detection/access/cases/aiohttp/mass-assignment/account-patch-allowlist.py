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
    allowed = {k: body[k] for k in ("name", "locale", "avatar_url") if k in body}
    sets = ", ".join(f"{k} = ${i}" for i, k in enumerate(allowed, start=2))
    await conn.execute(f"UPDATE accounts SET {sets} WHERE id = $1", uid, *allowed.values())
    return web.json_response({"updated": True})
