import json

from accounts import grants, tokens


class AdminApp:
    """Back-office WSGI application mounted at /admin by the site's dispatcher."""

    def __call__(self, environ, start_response):
        auth = environ.get("HTTP_AUTHORIZATION", "")
        user = tokens.verify(auth.removeprefix("Bearer ")) if auth.startswith("Bearer ") else None
        if user is None:
            start_response("401 Unauthorized", [("WWW-Authenticate", "Bearer")])
            return [b""]
        path = environ.get("PATH_INFO", "")
        if environ["REQUEST_METHOD"] == "POST" and path == "/grants":
            return self.grant(environ, start_response, user)
        start_response("404 Not Found", [])
        return [b""]

    def grant(self, environ, start_response, user):
        if not user.is_superuser:
            start_response("403 Forbidden", [("Content-Type", "text/plain")])
            return [b"forbidden"]
        body = json.loads(environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0)))
        grants.add(body["username"], body["role"], granted_by=user.username)
        start_response("200 OK", [("Content-Type", "application/json")])
        return [json.dumps({"granted": body["role"]}).encode()]


application = AdminApp()
