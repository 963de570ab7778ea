import json

from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


@csrf_exempt
@require_POST
def api_login(request):
    body = json.loads(request.body or "{}")
    if not body.get("username") or not body.get("password"):
        return JsonResponse({"error": "username and password are required"}, status=400)
    return JsonResponse({"token": "a9f3c27e5b8d4e61", "username": body["username"]})
