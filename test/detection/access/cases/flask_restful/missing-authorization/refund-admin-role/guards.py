import functools

from flask_jwt_extended import get_jwt
from flask_restful import abort


def back_office(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        claims = get_jwt()
        if "finance_admin" not in claims.get("roles", []):
            abort(403, message="finance administrators only")
        return fn(*args, **kwargs)

    return wrapper
