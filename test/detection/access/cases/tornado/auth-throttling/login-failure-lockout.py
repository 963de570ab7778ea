import time

import bcrypt
import tornado.web

from portal.db import login_failures, users

MAX_FAILURES = 5
WINDOW = 15 * 60


class LoginHandler(tornado.web.RequestHandler):
    async def post(self):
        email = self.get_body_argument("email").lower()
        password = self.get_body_argument("password").encode()
        since = time.time() - WINDOW
        failures = await login_failures.count_documents({"email": email, "at": {"$gt": since}})
        if failures >= MAX_FAILURES:
            raise tornado.web.HTTPError(429)
        user = await users.find_one({"email": email})
        if user is None or not bcrypt.checkpw(password, user["password_hash"]):
            await login_failures.insert_one({"email": email, "ip": self.request.remote_ip, "at": time.time()})
            raise tornado.web.HTTPError(401)
        await login_failures.delete_many({"email": email})
        self.set_signed_cookie("uid", str(user["_id"]), httponly=True, secure=True)
        self.write({"ok": True})


def make_app():
    return tornado.web.Application([(r"/login", LoginHandler)], cookie_secret="from-env")
