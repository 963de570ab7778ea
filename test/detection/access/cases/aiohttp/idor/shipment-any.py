from aiohttp import web
from aiohttp_session import get_session

routes = web.RouteTableDef()


async def require_customer(request):
    session = await get_session(request)
    customer_id = session.get("customer_id")
    if customer_id is None:
        raise web.HTTPUnauthorized()
    return customer_id


@routes.get("/shipments/{tracking}")
async def shipment_detail(request):
    customer_id = await require_customer(request)
    pool = request.app["db"]
    async with pool.acquire() as conn:
        row = await conn.fetchrow(
            "SELECT tracking, status, recipient, address FROM shipments WHERE tracking = $1",
            request.match_info["tracking"],
        )
    if row is None:
        raise web.HTTPNotFound()
    return web.json_response(dict(row))


app = web.Application()
app.add_routes(routes)
