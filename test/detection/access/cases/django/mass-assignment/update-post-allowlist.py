from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from .models import Profile

EDITABLE = ("display_name", "timezone", "locale", "newsletter")


@login_required
@require_POST
def save_settings(request):
    changes = {name: request.POST[name] for name in EDITABLE if name in request.POST}
    Profile.objects.filter(user=request.user).update(**changes)
    return redirect("settings")
