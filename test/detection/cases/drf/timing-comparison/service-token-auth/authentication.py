from django.conf import settings
from rest_framework import authentication, exceptions

from .models import ServiceAccount


class ServiceTokenAuthentication(authentication.BaseAuthentication):
    def authenticate(self, request):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Service "):
            return None
        if header.removeprefix("Service ") != settings.SERVICE_TOKEN:
            raise exceptions.AuthenticationFailed("invalid service token")
        return ServiceAccount.objects.get(name="ci"), None
