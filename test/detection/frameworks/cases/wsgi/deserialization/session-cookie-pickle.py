import base64
import pickle
from http.cookies import SimpleCookie


class SessionMiddleware:
    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        cookies = SimpleCookie(environ.get("HTTP_COOKIE", ""))
        if "session" in cookies:
            environ["app.session"] = pickle.loads(base64.b64decode(cookies["session"].value))
        else:
            environ["app.session"] = {}
        return self.app(environ, start_response)


def hello(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [("user=%s" % environ["app.session"].get("user", "anonymous")).encode()]


application = SessionMiddleware(hello)
