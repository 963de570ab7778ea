from functools import wraps

from flask import request


def with_banner(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        kwargs["banner"] = request.cookies.get("banner", "Welcome")
        return view(*args, **kwargs)

    return wrapper
