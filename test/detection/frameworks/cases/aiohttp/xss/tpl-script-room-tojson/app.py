import aiohttp_jinja2
import jinja2
from aiohttp import web


async def chat_room(request):
    room = request.match_info["room"]
    context = {"room": room, "nickname": request.query.get("nick", "guest")}
    return aiohttp_jinja2.render_template("room.html", request, context)


def create_app():
    app = web.Application()
    aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader("templates"), autoescape=True)
    app.router.add_get("/chat/{room}", chat_room)
    return app
