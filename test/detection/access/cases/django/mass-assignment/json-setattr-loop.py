import json

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_http_methods


@login_required
@require_http_methods(["PATCH"])
def patch_profile(request):
    profile = request.user.profile
    for key, value in json.loads(request.body).items():
        setattr(profile, key, value)
    profile.save()
    return JsonResponse({"ok": True})
