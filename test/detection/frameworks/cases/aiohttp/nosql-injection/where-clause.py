from aiohttp import web
from pymongo import MongoClient

items = MongoClient().store.items


async def cheap_items(request):
    limit = request.query.get("max", "10")
    docs = items.find({"$where": f"this.price <= {limit}"}, {"_id": 0})
    return web.json_response(list(docs))


app = web.Application()
app.router.add_get("/items/cheap", cheap_items)
