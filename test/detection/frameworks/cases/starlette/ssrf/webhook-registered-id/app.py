from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

from delivery import send_test_event

REGISTERED = {1: "https://hooks.example.com/orders", 2: "https://hooks.example.com/refunds"}


async def test_webhook(request):
    payload = await request.json()
    target = REGISTERED.get(int(payload["webhook_id"]))
    if target is None:
        return JSONResponse({"error": "unknown webhook"}, status_code=404)
    status = send_test_event(target)
    return JSONResponse({"delivered": status < 400, "status": status})


app = Starlette(routes=[Route("/webhooks/test", test_webhook, methods=["POST"])])
