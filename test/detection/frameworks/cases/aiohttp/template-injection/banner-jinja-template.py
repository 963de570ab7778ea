import jinja2
from aiohttp import web


async def preview_banner(request):
    form = await request.post()
    banner = jinja2.Template(form["markup"])
    return web.Response(text=banner.render(site="Example Shop"), content_type="text/html")


app = web.Application()
app.router.add_post("/admin/banner/preview", preview_banner)
