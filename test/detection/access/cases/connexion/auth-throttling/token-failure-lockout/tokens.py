import time

import jwt
from connexion.exceptions import ProblemException, Unauthorized
from werkzeug.security import check_password_hash

from auth import SECRET
from store import failed_logins, users


def create_token(body):
    email = body["email"].lower()
    if failed_logins.count_since(email, time.time() - 900) >= 5:
        raise ProblemException(status=429, title="Too many attempts")
    user = users.by_email(email)
    if user is None or not check_password_hash(user.password_hash, body["password"]):
        failed_logins.add(email, time.time())
        raise Unauthorized("invalid credentials")
    return {"token": jwt.encode({"sub": str(user.id)}, SECRET, algorithm="HS256")}


def me(token_info):
    return {"id": token_info["sub"]}
