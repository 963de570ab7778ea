import jwt
from fastapi import Header, HTTPException

from .settings import settings

jwks_client = jwt.PyJWKClient(settings.jwks_url)


def verify(authorization: str = Header()) -> dict:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer":
        raise HTTPException(status_code=401)
    try:
        signing_key = jwks_client.get_signing_key_from_jwt(token)
        return jwt.decode(token, signing_key.key, algorithms=["RS256", "ES256"], audience=settings.audience)
    except jwt.PyJWTError:
        raise HTTPException(status_code=401)
