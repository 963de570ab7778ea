import json

from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .feeds import verify_signature
from .models import Episode


@csrf_exempt
@require_POST
def import_episodes(request):
    if not verify_signature(request.headers.get("X-Signature", ""), request.body):
        return HttpResponseBadRequest("bad signature")
    episodes = json.loads(request.body)["episodes"]
    Episode.objects.bulk_create(Episode(title=e["title"], audio_url=e["audio_url"]) for e in episodes)
    return JsonResponse({"imported": len(episodes)})
