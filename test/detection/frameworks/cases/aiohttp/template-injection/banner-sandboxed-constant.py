import jinja2
from aiohttp import web

BANNER = jinja2.Environment(autoescape=True).from_string('<div class="banner">{{ markup }} — {{ site }}</div>')


async def preview_banner(request):
    form = await request.post()
    return web.Response(text=BANNER.render(site="Example Shop", markup=form["markup"]), content_type="text/html")


app = web.Application()
app.router.add_post("/admin/banner/preview", preview_banner)
