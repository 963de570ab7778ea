from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route


async def welcome(request):
    name = request.query_params.get("name", "guest")
    return PlainTextResponse(f"Welcome back, {name}!")


app = Starlette(routes=[Route("/welcome", welcome)])
