from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import Group
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST


@login_required
@require_POST
def grant_role(request):
    user = get_object_or_404(get_user_model(), pk=request.POST["user_id"])
    group = get_object_or_404(Group, name=request.POST["role"])
    user.groups.add(group)
    return redirect("team:members")
