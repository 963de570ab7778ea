from aiohttp import web
from mako.template import Template


async def receipt_preview(request):
    data = await request.json()
    layout = Template(data["layout"])
    return web.Response(text=layout.render(total="12.50", items=["coffee", "bagel"]), content_type="text/html")


app = web.Application()
app.router.add_post("/receipts/preview", receipt_preview)
