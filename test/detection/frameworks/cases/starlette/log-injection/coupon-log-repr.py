import logging

from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

log = logging.getLogger("shop.coupons")
COUPONS = {"WELCOME10": 10, "SPRING15": 15}


async def redeem(request):
    form = await request.form()
    code = form.get("code", "")
    if code not in COUPONS:
        log.warning("rejected coupon %s", code.replace("\r", "\\r").replace("\n", "\\n"))
        return JSONResponse({"ok": False}, status_code=400)
    return JSONResponse({"ok": True, "discount": COUPONS[code]})


app = Starlette(routes=[Route("/coupons/redeem", redeem, methods=["POST"])])
