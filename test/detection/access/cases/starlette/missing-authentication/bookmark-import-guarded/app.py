from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.authentication import AuthenticationMiddleware
from starlette.routing import Route

from backend import SessionCookieBackend
from endpoints import import_bookmarks, list_bookmarks, login

app = Starlette(
    routes=[
        Route("/bookmarks", list_bookmarks),
        Route("/bookmarks/import", import_bookmarks, methods=["POST"]),
        Route("/login", login, name="login"),
    ],
    middleware=[Middleware(AuthenticationMiddleware, backend=SessionCookieBackend())],
)
