from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

from delivery import send_test_event


async def test_webhook(request):
    payload = await request.json()
    status = send_test_event(payload["target"])
    return JSONResponse({"delivered": status < 400, "status": status})


app = Starlette(routes=[Route("/webhooks/test", test_webhook, methods=["POST"])])
