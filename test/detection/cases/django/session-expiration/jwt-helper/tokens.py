import jwt
from django.conf import settings
from django.utils import timezone


def access_token_for(user) -> str:
    payload = {"sub": str(user.pk), "email": user.email, "iat": int(timezone.now().timestamp())}
    return jwt.encode(payload, settings.SECRET_KEY, algorithm="HS256")
