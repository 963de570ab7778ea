from aiohttp import web
from aiohttp_security import SessionIdentityPolicy, setup as setup_security
from aiohttp_session import setup as setup_session
from aiohttp_session.cookie_storage import EncryptedCookieStorage

from policy import DbAuthorizationPolicy
from views import FlagView


def create_app(secret_key: bytes) -> web.Application:
    app = web.Application()
    setup_session(app, EncryptedCookieStorage(secret_key))
    setup_security(app, SessionIdentityPolicy(), DbAuthorizationPolicy())
    app.router.add_view("/admin/flags/{name}", FlagView)
    return app
