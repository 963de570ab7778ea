import functools

from tornado.web import HTTPError


def staff_only(method):
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        if not self.current_user:
            raise HTTPError(401)
        return method(self, *args, **kwargs)

    return wrapper
