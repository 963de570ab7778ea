import bcrypt
import tornado.web

from portal.db import users


class LoginHandler(tornado.web.RequestHandler):
    async def post(self):
        email = self.get_body_argument("email")
        password = self.get_body_argument("password").encode()
        user = await users.find_one({"email": email.lower()})
        if user is None or not bcrypt.checkpw(password, user["password_hash"]):
            raise tornado.web.HTTPError(401)
        self.set_signed_cookie("uid", str(user["_id"]), httponly=True, secure=True)
        self.write({"ok": True})


def make_app():
    return tornado.web.Application([(r"/login", LoginHandler)], cookie_secret="from-env")
