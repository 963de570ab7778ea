from django.contrib.auth.decorators import login_required
from django.forms.models import model_to_dict
from django.http import JsonResponse
from django.urls import path


@login_required
def me(request):
    return JsonResponse(model_to_dict(request.user))  # hotspot: PY-DATA-WHOLE-MODEL


@login_required
def me_fields(request):
    return JsonResponse({"name": request.user.get_full_name()})  # ok: PY-DATA-WHOLE-MODEL


urlpatterns = [path("me/", me), path("me/fields/", me_fields)]
