from aiohttp import web
from mako.lookup import TemplateLookup

lookup = TemplateLookup(directories=["receipt_layouts"], default_filters=["h"])
LAYOUTS = {"compact": "compact.mako", "detailed": "detailed.mako"}


async def receipt_preview(request):
    data = await request.json()
    layout = lookup.get_template(LAYOUTS.get(data.get("layout"), "compact.mako"))
    return web.Response(text=layout.render(total="12.50", items=["coffee", "bagel"]), content_type="text/html")


app = web.Application()
app.router.add_post("/receipts/preview", receipt_preview)
