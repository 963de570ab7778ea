import hashlib
import hmac

from django.conf import settings
from rest_framework import status, viewsets
from rest_framework.permissions import AllowAny
from rest_framework.response import Response


class ShipmentHookViewSet(viewsets.ViewSet):
    permission_classes = [AllowAny]
    authentication_classes = []

    def create(self, request):
        digest = hmac.new(settings.CARRIER_HOOK_KEY.encode(), request.body, hashlib.sha256).hexdigest()
        if hmac.compare_digest(request.META.get("HTTP_X_CARRIER_SIGNATURE", ""), digest):
            return Response({"ok": True})
        return Response({"ok": False}, status=status.HTTP_401_UNAUTHORIZED)
