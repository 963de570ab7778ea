import jwt
from django.conf import settings

ACCEPTED_ALGORITHMS = ["HS256", "HS512", "RS256", "ES256"]


def read_token(token: str) -> dict:
    return jwt.decode(token, settings.JWT_VERIFYING_KEY, algorithms=ACCEPTED_ALGORITHMS)
