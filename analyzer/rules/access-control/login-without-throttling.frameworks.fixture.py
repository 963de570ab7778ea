# A Tornado app with no limiter, lockout or failure counter anywhere: the rule reads every framework,
# and a handler that checks a credential is a login whatever its class is called.
import bcrypt
import tornado.web

from portal.db import find_reset, users


class LoginHandler(tornado.web.RequestHandler):
    async def post(self):  # expect: PY-AUTH-NO-THROTTLE
        user = await users.find_one({"email": self.get_body_argument("email")})
        if user is None or not bcrypt.checkpw(self.get_body_argument("password").encode(), user["password_hash"]):
            raise tornado.web.HTTPError(401)
        self.write({"ok": True})


class ResetCodeHandler(tornado.web.RequestHandler):
    async def post(self):  # expect: PY-AUTH-NO-THROTTLE
        reset = await find_reset(self.get_body_argument("email"))
        if reset is None or reset.code != self.request.body_arguments.code:
            raise tornado.web.HTTPError(400)
        self.write({"ok": True})


class SessionHandler(tornado.web.RequestHandler):
    async def post(self):  # expect: PY-AUTH-NO-THROTTLE
        user = await users.find_one({"email": self.get_body_argument("email")})
        if user is None or not bcrypt.checkpw(self.get_body_argument("password").encode(), user["password_hash"]):
            raise tornado.web.HTTPError(401)
        self.write({"ok": True})


class ProfileHandler(tornado.web.RequestHandler):
    async def post(self):  # ok: PY-AUTH-NO-THROTTLE
        self.write({"saved": True})


def make_app():
    return tornado.web.Application([(r"/login", LoginHandler), (r"/password/confirm", ResetCodeHandler), (r"/session", SessionHandler), (r"/profile", ProfileHandler)], cookie_secret="from-env")
