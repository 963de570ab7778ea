import functools
from http.cookies import SimpleCookie

from store import sessions


def login_required(handler):
    @functools.wraps(handler)
    def wrapper(environ, start_response):
        cookie = SimpleCookie(environ.get("HTTP_COOKIE", ""))
        sid = cookie["sid"].value if "sid" in cookie else None
        user = sessions.lookup(sid) if sid else None
        if user is None:
            start_response("302 Found", [("Location", "/login")])
            return [b""]
        environ["app.user"] = user
        return handler(environ, start_response)

    return wrapper
