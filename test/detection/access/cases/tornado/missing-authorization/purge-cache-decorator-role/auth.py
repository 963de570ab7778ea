import functools

from tornado.web import HTTPError


def staff_only(method):
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        if not self.current_user:
            raise HTTPError(401)
        if "staff" not in self.current_user["groups"]:
            raise HTTPError(403)
        return method(self, *args, **kwargs)

    return wrapper
