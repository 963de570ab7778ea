import os

import jwt
from connexion.exceptions import Unauthorized

SECRET = os.environ["JWT_SECRET"]


def decode_token(token):
    try:
        return jwt.decode(token, SECRET, algorithms=["HS256"])
    except jwt.PyJWTError as exc:
        raise Unauthorized("invalid token") from exc
