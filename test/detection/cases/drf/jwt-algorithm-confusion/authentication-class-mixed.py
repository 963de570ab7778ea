import jwt
from django.conf import settings
from django.contrib.auth import get_user_model
from rest_framework import authentication, exceptions


class GatewayJWTAuthentication(authentication.BaseAuthentication):
    def authenticate(self, request):
        auth = request.headers.get("Authorization", "")
        if not auth.startswith("Bearer "):
            return None
        try:
            claims = jwt.decode(auth[7:], settings.GATEWAY_PUBLIC_KEY, algorithms=("RS256", "HS256"))
        except jwt.PyJWTError as exc:
            raise exceptions.AuthenticationFailed("bad token") from exc
        return get_user_model().objects.get(username=claims["sub"]), claims
