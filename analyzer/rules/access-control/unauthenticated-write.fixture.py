from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.urls import path
from django.views.decorators.http import require_POST

from shop.models import Product


@login_required
def account(request):  # ok: PY-AUTH-UNAUTHENTICATED-WRITE
    request.user.profile.save()
    return JsonResponse({})


@require_POST
def update_price(request):  # expect: PY-AUTH-UNAUTHENTICATED-WRITE
    Product.objects.filter(pk=request.POST["pk"]).update(price=request.POST["price"])
    return JsonResponse({"ok": True})


def delete_via_get(request, pk):  # expect: PY-AUTH-UNAUTHENTICATED-WRITE
    Product.objects.get(pk=pk).delete()
    return JsonResponse({"ok": True})


@require_POST
def update_price_checked(request):  # ok: PY-AUTH-UNAUTHENTICATED-WRITE
    if not request.user.is_staff:
        return JsonResponse({}, status=403)
    Product.objects.filter(pk=request.POST["pk"]).update(price=request.POST["price"])
    return JsonResponse({"ok": True})


@require_POST
def signup(request):  # ok: PY-AUTH-UNAUTHENTICATED-WRITE
    Product.objects.create(name=request.POST["name"])
    return JsonResponse({})


def catalogue(request):  # ok: PY-AUTH-UNAUTHENTICATED-WRITE
    return JsonResponse({"products": list(Product.objects.values("name"))})


urlpatterns = [
    path("account/", account),
    path("prices/", update_price),
    path("products/<int:pk>/delete/", delete_via_get),
    path("prices/checked/", update_price_checked),
    path("signup/", signup),
    path("catalogue/", catalogue),
]
