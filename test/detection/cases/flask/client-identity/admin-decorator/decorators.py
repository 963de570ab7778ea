import functools

from flask import abort, request


def admin_required(view):
    @functools.wraps(view)
    def wrapped(*args, **kwargs):
        if request.cookies.get("admin", "false").lower() != "true":
            abort(403)
        return view(*args, **kwargs)
    return wrapped
