from jinja2 import Environment
from starlette.applications import Starlette
from starlette.responses import HTMLResponse
from starlette.routing import Route

env = Environment(autoescape=True)


async def preview_email(request):
    data = await request.json()
    template = env.from_string(data["body"])
    return HTMLResponse(template.render(customer={"name": "Ada Lovelace"}, order_number="A-1001"))


app = Starlette(routes=[Route("/emails/preview", preview_email, methods=["POST"])])
