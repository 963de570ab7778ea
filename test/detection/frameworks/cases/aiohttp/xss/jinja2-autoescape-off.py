import aiohttp_jinja2
import jinja2
from aiohttp import web


async def search(request):
    context = {"q": request.query.get("q", ""), "results": []}
    return aiohttp_jinja2.render_template("search.html", request, context)


app = web.Application()
aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader("templates"), autoescape=False)
app.router.add_get("/search", search)
