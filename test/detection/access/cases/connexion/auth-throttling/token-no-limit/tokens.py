import jwt
from connexion.exceptions import Unauthorized
from werkzeug.security import check_password_hash

from auth import SECRET
from store import users


def create_token(body):
    user = users.by_email(body["email"].lower())
    if user is None or not check_password_hash(user.password_hash, body["password"]):
        raise Unauthorized("invalid credentials")
    return {"token": jwt.encode({"sub": str(user.id)}, SECRET, algorithm="HS256")}


def me(token_info):
    return {"id": token_info["sub"]}
