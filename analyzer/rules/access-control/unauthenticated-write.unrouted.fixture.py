# assay-fixture: path=shop/views.py
# A views module whose project logs users in: a view no route reaches is for review, a read is no write.
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.urls import path
from django.views.decorators.http import require_POST

from shop.models import Order
from shop.storage import CarbonLink, STORE


@login_required
def account(request):  # ok: PY-AUTH-UNAUTHENTICATED-WRITE
    request.user.profile.save()
    return JsonResponse({})


@require_POST
def set_metadata(request):  # expect: PY-AUTH-UNAUTHENTICATED-WRITE
    CarbonLink.set_metadata(request.POST["metric"], request.POST["key"], request.POST["value"])
    return JsonResponse({"ok": True})


@require_POST
def index_json(request):  # ok: PY-AUTH-UNAUTHENTICATED-WRITE
    return JsonResponse({"metrics": STORE.get_index(request.POST.get("query"))})


@require_POST
def get_metadata(request):  # ok: PY-AUTH-UNAUTHENTICATED-WRITE
    return JsonResponse(CarbonLink.get_metadata(request.POST["metric"], request.POST["key"]))


@require_POST
def cancel_order(request):  # hotspot: PY-AUTH-UNAUTHENTICATED-WRITE
    Order.objects.filter(pk=request.POST["pk"]).update(state="cancelled")
    return JsonResponse({"ok": True})


@require_POST
def lookup_unrouted(request):  # ok: PY-AUTH-UNAUTHENTICATED-WRITE
    return JsonResponse({"metrics": STORE.get_index(request.POST.get("query"))})


urlpatterns = [
    path("account/", account),
    path("metadata/set/", set_metadata),
    path("metrics/index.json", index_json),
    path("metadata/get/", get_metadata),
]
