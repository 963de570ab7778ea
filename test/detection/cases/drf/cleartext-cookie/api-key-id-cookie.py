import secrets

from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from .models import PersonalKey


@api_view(["POST"])
@permission_classes([IsAuthenticated])
def create_personal_key(request):
    raw = secrets.token_hex(24)
    key = PersonalKey.objects.create_from_raw(owner=request.user, raw=raw, label=request.data.get("label", ""))
    response = Response({"id": key.pk, "key": raw}, status=201)
    response.set_cookie("last_personal_key_id", str(key.pk), max_age=3600, secure=True)
    return response
