from datetime import timedelta

import jwt
from django.conf import settings
from django.utils import timezone

ACCESS_LIFETIME = timedelta(minutes=10)


def access_token_for(user) -> str:
    now = timezone.now()
    payload = {"sub": str(user.pk), "email": user.email, "iat": now, "exp": now + ACCESS_LIFETIME}
    return jwt.encode(payload, settings.SECRET_KEY, algorithm="HS256")
