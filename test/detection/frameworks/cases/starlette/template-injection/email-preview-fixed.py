from jinja2 import Environment
from starlette.applications import Starlette
from starlette.responses import HTMLResponse
from starlette.routing import Route

env = Environment(autoescape=True)
PREVIEW = env.from_string("<p>Dear {{ customer.name }},</p><div>{{ body }}</div><p>Order {{ order_number }}</p>")


async def preview_email(request):
    data = await request.json()
    html = PREVIEW.render(customer={"name": "Ada Lovelace"}, order_number="A-1001", body=data["body"])
    return HTMLResponse(html)


app = Starlette(routes=[Route("/emails/preview", preview_email, methods=["POST"])])
