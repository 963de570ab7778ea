import aiohttp_jinja2
import jinja2
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/preview")
@aiohttp_jinja2.template("preview.html")
async def preview(request):
    form = await request.post()
    return {"author": form.get("author", "anonymous"), "comment": form.get("comment", "")}


def create_app():
    app = web.Application()
    aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader("templates"), autoescape=True)
    app.add_routes(routes)
    return app
