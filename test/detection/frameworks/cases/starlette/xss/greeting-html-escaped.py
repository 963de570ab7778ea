from html import escape

from starlette.applications import Starlette
from starlette.responses import HTMLResponse
from starlette.routing import Route


async def welcome(request):
    name = escape(request.query_params.get("name", "guest"))
    return HTMLResponse(f"<html><body><h1>Welcome back, {name}!</h1></body></html>")


app = Starlette(routes=[Route("/welcome", welcome)])
