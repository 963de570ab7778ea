import jwt
from fastapi import Header, HTTPException

from .settings import settings

ALGORITHMS = ["ES256", "HS256"]


def verify(authorization: str = Header()) -> dict:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer":
        raise HTTPException(status_code=401)
    try:
        return jwt.decode(token, settings.jwt_verify_key, algorithms=ALGORITHMS)
    except jwt.InvalidTokenError:
        raise HTTPException(status_code=401)
