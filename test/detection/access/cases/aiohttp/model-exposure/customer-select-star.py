from aiohttp import web
from aiohttp_security import check_authorized

routes = web.RouteTableDef()


@routes.get("/customers/me")
async def my_account(request):
    uid = await check_authorized(request)
    async with request.app["pool"].acquire() as conn:
        row = await conn.fetchrow("SELECT * FROM customers WHERE id = $1", int(uid))
    return web.json_response(dict(row))
