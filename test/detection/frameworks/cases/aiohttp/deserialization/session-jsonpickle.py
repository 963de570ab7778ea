import jsonpickle
from aiohttp import web


async def import_preferences(request):
    prefs = jsonpickle.decode(await request.text())
    request.app["prefs"][request.match_info["user"]] = prefs
    return web.json_response({"ok": True})


app = web.Application()
app.router.add_put("/users/{user}/preferences", import_preferences)
