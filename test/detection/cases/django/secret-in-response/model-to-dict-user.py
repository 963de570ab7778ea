from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.forms.models import model_to_dict
from django.http import JsonResponse
from django.shortcuts import get_object_or_404


@login_required
def user_detail(request, pk):
    user = get_object_or_404(get_user_model(), pk=pk)
    return JsonResponse(model_to_dict(user, exclude=["groups", "user_permissions"]))
