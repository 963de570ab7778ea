from aiohttp import web
from pymongo import MongoClient

items = MongoClient().store.items


async def cheap_items(request):
    try:
        limit = float(request.query.get("max", "10"))
    except ValueError:
        raise web.HTTPBadRequest()
    docs = items.find({"price": {"$lte": limit}}, {"_id": 0})
    return web.json_response(list(docs))


app = web.Application()
app.router.add_get("/items/cheap", cheap_items)
