import json
import secrets

from django.contrib.auth import authenticate
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import ApiSession


@csrf_exempt
@require_POST
def api_login(request):
    body = json.loads(request.body or "{}")
    user = authenticate(request, username=body.get("username"), password=body.get("password"))
    if user is None:
        return JsonResponse({"error": "invalid credentials"}, status=401)
    session = ApiSession.objects.create(user=user, key=secrets.token_urlsafe(32))
    return JsonResponse({"token": session.key, "token_type": "Bearer"})
