from lxml import etree
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route


async def import_feed(request):
    body = await request.body()
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    root = etree.fromstring(body, parser)
    titles = [el.text for el in root.iter("title")]
    return JSONResponse({"items": titles})


app = Starlette(routes=[Route("/feeds/import", import_feed, methods=["POST"])])
