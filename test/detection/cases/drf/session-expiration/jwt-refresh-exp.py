from datetime import datetime, timedelta, timezone

import jwt
from django.conf import settings
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response


@api_view(["POST"])
@permission_classes([IsAuthenticated])
def issue_device_token(request):
    payload = {
        "user_id": request.user.pk,
        "device": request.data.get("device", "mobile"),
        "type": "device",
        "exp": datetime.now(timezone.utc) + timedelta(hours=12),
    }
    return Response({"token": jwt.encode(payload, settings.SECRET_KEY, algorithm="HS256")})
