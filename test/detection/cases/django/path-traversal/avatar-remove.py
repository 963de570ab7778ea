import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.views.decorators.http import require_POST


@login_required
@require_POST
def delete_avatar(request):
    filename = request.POST["filename"]
    target = os.path.join(settings.MEDIA_ROOT, "avatars", filename)
    if os.path.exists(target):
        os.remove(target)
    return redirect("profile")
