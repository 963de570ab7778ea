import hashlib
import hmac
import json

from django.conf import settings
from django.http import HttpResponse, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


@csrf_exempt
@require_POST
def github_hook(request):
    expected = "sha256=" + hmac.new(settings.GITHUB_HOOK_SECRET.encode(), request.body, hashlib.sha256).hexdigest()
    if expected != request.headers.get("X-Hub-Signature-256", ""):
        return HttpResponseForbidden("bad signature")
    event = json.loads(request.body)
    return HttpResponse(f"received {event.get('action', 'event')}")
