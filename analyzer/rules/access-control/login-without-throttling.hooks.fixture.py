# Falcon: a hook whose name says it limits the rate throttles the responder it wraps, even when its
# code is outside the scan; a login store that records each failure and refuses past a limit is a lockout.
import falcon
from argon2 import PasswordHasher

from .db import failed_logins, users
from .hooks import rate_limit

hasher = PasswordHasher()


class TokenResource:
    @falcon.before(rate_limit, "login", per_minute=5)
    def on_post(self, req, resp):  # ok: PY-AUTH-NO-THROTTLE
        body = req.get_media()
        user = users.by_email(body.get("email", ""))
        if user is None or not hasher.verify(user.password_hash, body.get("password", "")):
            raise falcon.HTTPUnauthorized(title="invalid credentials")
        resp.media = {"token": users.issue_token(user)}


class SessionResource:
    def on_post(self, req, resp):  # ok: PY-AUTH-NO-THROTTLE
        body = req.get_media()
        if failed_logins.count_since(body["email"]) >= 5:
            raise falcon.HTTPTooManyRequests()
        user = users.by_email(body.get("email", ""))
        if user is None or not hasher.verify(user.password_hash, body.get("password", "")):
            failed_logins.add(body["email"])
            raise falcon.HTTPUnauthorized(title="invalid credentials")
        resp.media = {"token": users.issue_token(user)}


app = falcon.App()
app.add_route("/auth/token", TokenResource())
app.add_route("/auth/session", SessionResource())
