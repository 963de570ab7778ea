import json
from urllib.parse import parse_qs

from auth import login_required
from store import hooks


def _json(start_response, status, payload):
    body = json.dumps(payload).encode()
    start_response(status, [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
    return [body]


@login_required
def list_hooks(environ, start_response):
    return _json(start_response, "200 OK", hooks.for_user(environ["app.user"]))


def save_hook(environ, start_response):
    size = int(environ.get("CONTENT_LENGTH") or 0)
    form = parse_qs(environ["wsgi.input"].read(size).decode())
    hooks.save(environ.get("app.user"), form["target_url"][0], events=form.get("event", []))
    return _json(start_response, "201 Created", {"saved": True})


ROUTES = {
    ("GET", "/hooks"): list_hooks,
    ("POST", "/hooks"): login_required(save_hook),
}


def application(environ, start_response):
    handler = ROUTES.get((environ["REQUEST_METHOD"], environ.get("PATH_INFO", "/")))
    if handler is None:
        start_response("404 Not Found", [("Content-Type", "text/plain")])
        return [b"not found"]
    return handler(environ, start_response)
