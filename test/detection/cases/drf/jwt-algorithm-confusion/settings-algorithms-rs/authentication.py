import jwt
from django.conf import settings
from django.contrib.auth import get_user_model
from rest_framework import authentication, exceptions


class BearerJWTAuthentication(authentication.BaseAuthentication):
    def authenticate(self, request):
        header = authentication.get_authorization_header(request).split()
        if len(header) != 2 or header[0].lower() != b"bearer":
            return None
        conf = settings.JWT_AUTH
        try:
            claims = jwt.decode(header[1], conf["VERIFYING_KEY"], algorithms=conf["ALGORITHMS"])
        except jwt.InvalidTokenError as exc:
            raise exceptions.AuthenticationFailed(str(exc)) from exc
        return get_user_model().objects.get(pk=claims["user_id"]), claims
