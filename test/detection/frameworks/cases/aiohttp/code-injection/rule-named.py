from aiohttp import web

RULES = {
    "bulk": lambda price, qty: price * (0.9 if qty >= 10 else 1.0),
    "clearance": lambda price, qty: price * 0.5,
    "none": lambda price, qty: price,
}


async def apply_rule(request):
    data = await request.json()
    rule = RULES.get(data.get("rule"), RULES["none"])
    return web.json_response({"price": rule(float(data["price"]), int(data["qty"]))})


app = web.Application()
app.router.add_post("/pricing/apply", apply_rule)
