from django.contrib.auth.decorators import login_required
from django.core import serializers
from django.db import models
from django.forms.models import model_to_dict
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import path


class Customer(models.Model):
    name = models.CharField(max_length=200)
    internal_notes = models.TextField(blank=True)


@login_required
def me(request):
    return JsonResponse(model_to_dict(request.user))  # expect: PY-DATA-WHOLE-MODEL


@login_required
def customer(request, pk):
    c = get_object_or_404(Customer, pk=pk, account_manager=request.user)
    data = {k: v for k, v in c.__dict__.items() if not k.startswith("_")}  # expect: PY-DATA-WHOLE-MODEL
    return JsonResponse(data)


@login_required
def customer_fields(request, pk):
    c = get_object_or_404(Customer, pk=pk, account_manager=request.user)
    return JsonResponse(model_to_dict(c, fields=["id", "name"]))  # ok: PY-DATA-WHOLE-MODEL


@login_required
def directory(request):
    return JsonResponse({"rows": list(Customer.objects.filter(active=True).values())})  # expect: PY-DATA-WHOLE-MODEL


@login_required
def directory_named(request):
    return JsonResponse({"rows": list(Customer.objects.values("id", "name"))})  # ok: PY-DATA-WHOLE-MODEL


def feed(request):
    return HttpResponse(serializers.serialize("json", Customer.objects.all()))  # expect: PY-DATA-WHOLE-MODEL


def feed_fields(request):
    return HttpResponse(serializers.serialize("json", Customer.objects.all(), fields=("name",)))  # ok: PY-DATA-WHOLE-MODEL


@login_required
def echo(request, pk):
    thing = load_thing(pk)
    return JsonResponse(vars(thing))  # hotspot: PY-DATA-WHOLE-MODEL


@login_required
def me_fields(request):
    return JsonResponse({"name": request.user.get_full_name(), "totals": sum(request.session.get("cart", {}).values())})  # ok: PY-DATA-WHOLE-MODEL


urlpatterns = [
    path("me/", me),
    path("c/<int:pk>/", customer),
    path("c/<int:pk>/fields/", customer_fields),
    path("dir/", directory),
    path("dir/named/", directory_named),
    path("feed/", feed),
    path("feed/fields/", feed_fields),
    path("echo/<int:pk>/", echo),
    path("me/fields/", me_fields),
]
