# Tornado: the role a role-change handler reads from the request's body is the one it hands out, not
# a check of the caller's; a decorator named for a role (staff_only) that only tests current_user
# still leaves any account in.
import functools
import json

import tornado.web

from accounts import repository
from cache import cdn


def staff_only(method):
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        if not self.current_user:
            raise tornado.web.HTTPError(401)
        return method(self, *args, **kwargs)

    return wrapper


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        raw = self.get_signed_cookie("session")
        return repository.by_session(raw.decode()) if raw else None


class UserRoleHandler(BaseHandler):
    @tornado.web.authenticated
    def put(self, user_id):  # expect: PY-AUTHZ-PRIVILEGED-NO-CHECK
        payload = json.loads(self.request.body)
        repository.set_role(int(user_id), payload["role"])


class CheckedRoleHandler(BaseHandler):
    @tornado.web.authenticated
    def put(self, user_id):  # ok: PY-AUTHZ-PRIVILEGED-NO-CHECK
        if self.current_user.role != "admin":
            raise tornado.web.HTTPError(403)
        payload = json.loads(self.request.body)
        repository.set_role(int(user_id), payload["role"])


class CacheAdminHandler(BaseHandler):
    @staff_only
    def post(self):  # expect: PY-AUTHZ-PRIVILEGED-NO-CHECK
        cdn.purge(self.get_body_argument("prefix", "/"))


def make_app():
    return tornado.web.Application(
        [
            (r"/admin/users/(\d+)/role", UserRoleHandler),
            (r"/admin/users/(\d+)/checked-role", CheckedRoleHandler),
            (r"/ops/cache/purge", CacheAdminHandler),
        ],
        login_url="/login",
    )
