from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import path

from shop.models import Invoice, Order


@login_required
def cancel_order(request, pk):
    order = Order.objects.get(pk=pk)  # expect: PY-AUTHZ-IDOR
    order.status = "cancelled"
    order.save()
    return JsonResponse({})


@login_required
def cancel_own_order(request, pk):
    order = get_object_or_404(Order, pk=pk, customer=request.user)  # ok: PY-AUTHZ-IDOR
    order.status = "cancelled"
    order.save()
    return JsonResponse({})


@login_required
def invoice(request, invoice_id):
    inv = get_object_or_404(Invoice, id=invoice_id)  # hotspot: PY-AUTHZ-IDOR
    return JsonResponse({"total": inv.total})


def public_order(request, pk):
    order = Order.objects.get(pk=pk)  # ok: PY-AUTHZ-IDOR
    return JsonResponse({"status": order.status})


urlpatterns = [
    path("orders/<int:pk>/cancel/", cancel_order),
    path("orders/<int:pk>/cancel-own/", cancel_own_order),
    path("invoices/<int:invoice_id>/", invoice),
    path("orders/<int:pk>/public/", public_order),
]
