from aiohttp import web


async def apply_rule(request):
    data = await request.json()
    scope = {"price": float(data["price"]), "qty": int(data["qty"])}
    exec(data["rule"], {}, scope)
    return web.json_response({"price": scope["price"]})


app = web.Application()
app.router.add_post("/pricing/apply", apply_rule)
