from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/orders")
async def list_orders(request: web.Request) -> web.Response:
    customer = request.query.get("customer", "")
    async with request.app["pool"].acquire() as conn:
        rows = await conn.fetch(f"SELECT id, status, total FROM orders WHERE customer_ref = '{customer}'")
    return web.json_response([dict(r) for r in rows])


app = web.Application()
app.add_routes(routes)
