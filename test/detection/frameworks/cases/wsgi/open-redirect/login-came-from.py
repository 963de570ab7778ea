from urllib.parse import parse_qs

from auth import verify


def application(environ, start_response):
    size = int(environ.get("CONTENT_LENGTH") or 0)
    form = parse_qs(environ["wsgi.input"].read(size).decode())
    user = verify(form.get("login", [""])[0], form.get("password", [""])[0])
    if user is None:
        start_response("401 Unauthorized", [("Content-Type", "text/plain")])
        return [b"bad credentials"]
    came_from = form.get("came_from", ["/"])[0]
    start_response("302 Found", [("Location", came_from), ("Set-Cookie", f"sid={user.session_id}; HttpOnly; Secure")])
    return [b""]
