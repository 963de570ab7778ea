from defusedxml import ElementTree
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route


async def import_feed(request):
    body = await request.body()
    root = ElementTree.fromstring(body)
    titles = [el.text for el in root.iter("title")]
    return JSONResponse({"items": titles})


app = Starlette(routes=[Route("/feeds/import", import_feed, methods=["POST"])])
