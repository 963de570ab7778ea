import functools

from flask_jwt_extended import get_jwt_identity
from flask_restful import abort


def back_office(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        if get_jwt_identity() is None:
            abort(401)
        return fn(*args, **kwargs)

    return wrapper
