import json

from aiohttp import web


async def import_preferences(request):
    prefs = json.loads(await request.text())
    request.app["prefs"][request.match_info["user"]] = {k: str(v) for k, v in prefs.items()}
    return web.json_response({"ok": True})


app = web.Application()
app.router.add_put("/users/{user}/preferences", import_preferences)
