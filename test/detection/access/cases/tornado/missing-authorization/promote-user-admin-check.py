import json

import tornado.web

from accounts import repository


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        raw = self.get_signed_cookie("session")
        if not raw:
            return None
        return repository.by_session(raw.decode())


class ProfileHandler(BaseHandler):
    @tornado.web.authenticated
    def get(self):
        self.write({"name": self.current_user.name, "email": self.current_user.email})


class UserRoleHandler(BaseHandler):
    @tornado.web.authenticated
    def put(self, user_id):
        if self.current_user.role != "admin":
            raise tornado.web.HTTPError(403)
        payload = json.loads(self.request.body)
        repository.set_role(int(user_id), payload["role"])
        self.write({"id": int(user_id), "role": payload["role"]})


def make_app():
    return tornado.web.Application(
        [
            (r"/me", ProfileHandler),
            (r"/admin/users/(\d+)/role", UserRoleHandler),
        ],
        cookie_secret="loaded-from-vault",
        login_url="/login",
    )
