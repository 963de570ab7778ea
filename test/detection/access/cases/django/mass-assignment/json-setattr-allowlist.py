import json

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_http_methods

PATCHABLE = {"display_name", "bio", "timezone"}


@login_required
@require_http_methods(["PATCH"])
def patch_profile(request):
    profile = request.user.profile
    body = json.loads(request.body)
    for key in PATCHABLE & body.keys():
        setattr(profile, key, body[key])
    profile.save(update_fields=sorted(PATCHABLE & body.keys()) or None)
    return JsonResponse({"ok": True})
