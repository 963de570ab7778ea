import functools

from flask import g, request
from flask_restx import abort

from api.tokens import lookup


def token_required(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            abort(401, "missing token")
        user = lookup(header.removeprefix("Bearer "))
        if user is None:
            abort(401, "invalid token")
        g.user = user
        return fn(*args, **kwargs)

    return wrapper
