import falcon
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

from .db import users

hasher = PasswordHasher()


class TokenResource:
    def on_post(self, req, resp):
        body = req.get_media()
        user = users.by_email(body.get("email", ""))
        try:
            hasher.verify(user.password_hash if user else "$argon2id$v=19$m=65536,t=3,p=4$x$y", body.get("password", ""))
        except VerifyMismatchError:
            raise falcon.HTTPUnauthorized(title="invalid credentials")
        resp.media = {"token": users.issue_token(user)}


app = falcon.App()
app.add_route("/auth/token", TokenResource())
