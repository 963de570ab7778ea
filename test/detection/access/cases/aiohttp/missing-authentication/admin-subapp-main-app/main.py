from aiohttp import web
from aiohttp_session import setup as setup_session
from aiohttp_session.cookie_storage import EncryptedCookieStorage

from middlewares import require_login
from views import create_coupon, list_coupons, storefront


def create_app(secret: bytes) -> web.Application:
    app = web.Application()
    setup_session(app, EncryptedCookieStorage(secret))
    app.router.add_get("/", storefront)

    admin = web.Application(middlewares=[require_login])
    admin.router.add_get("/coupons", list_coupons)
    app.add_subapp("/admin/", admin)
    app.router.add_post("/admin/coupons/new", create_coupon)
    return app
