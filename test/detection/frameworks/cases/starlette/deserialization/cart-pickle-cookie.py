import base64
import pickle

from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route


async def cart(request):
    raw = request.cookies.get("cart")
    items = pickle.loads(base64.b64decode(raw)) if raw else []
    total = sum(item["price"] * item["qty"] for item in items)
    return JSONResponse({"items": items, "total": total})


app = Starlette(routes=[Route("/cart", cart)])
