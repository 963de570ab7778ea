import jwt
from django.conf import settings

ACCEPTED_ALGORITHMS = ["RS256", "RS384", "RS512"]


def read_token(token: str) -> dict:
    return jwt.decode(token, settings.JWT_VERIFYING_KEY, algorithms=ACCEPTED_ALGORITHMS)
