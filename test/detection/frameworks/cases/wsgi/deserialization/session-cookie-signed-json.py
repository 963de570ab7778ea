from http.cookies import SimpleCookie

from itsdangerous import BadSignature, URLSafeSerializer

serializer = URLSafeSerializer("loaded-from-environment", salt="session")


class SessionMiddleware:
    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        cookies = SimpleCookie(environ.get("HTTP_COOKIE", ""))
        try:
            environ["app.session"] = serializer.loads(cookies["session"].value) if "session" in cookies else {}
        except BadSignature:
            environ["app.session"] = {}
        return self.app(environ, start_response)


def hello(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [("user=%s" % environ["app.session"].get("user", "anonymous")).encode()]


application = SessionMiddleware(hello)
