from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from .models import Profile


@login_required
@require_POST
def save_settings(request):
    changes = request.POST.dict()
    changes.pop("csrfmiddlewaretoken", None)
    Profile.objects.filter(user=request.user).update(**changes)
    return redirect("settings")
