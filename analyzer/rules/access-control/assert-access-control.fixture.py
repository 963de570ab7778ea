from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from shop.models import Order


def refund(request, order_id):
    assert request.user.is_staff, "staff only"  # expect: PY-AUTHZ-ASSERT
    order = get_object_or_404(Order, pk=order_id)
    order.refund()
    return JsonResponse({"ok": True})


def order_detail(request, order_id):
    order = get_object_or_404(Order, pk=order_id)
    assert order.owner == request.user  # expect: PY-AUTHZ-ASSERT
    return JsonResponse({"total": str(order.total)})


def export(request):
    assert request.user.has_perm("shop.export_orders")  # expect: PY-AUTHZ-ASSERT
    return JsonResponse({"rows": []})


def refund_checked(request, order_id):
    if not request.user.is_staff:  # ok: PY-AUTHZ-ASSERT
        raise PermissionDenied
    order = get_object_or_404(Order, pk=order_id)
    assert order.total >= 0, "negative totals are a bug"  # ok: PY-AUTHZ-ASSERT
    order.refund()
    return JsonResponse({"ok": True})


class Checkout:
    def commit(self):
        assert not self.is_active, "checkout already committed"  # ok: PY-AUTHZ-ASSERT
        self.is_active = True


def apply_discount(order, percent):
    assert 0 < percent <= 100  # ok: PY-AUTHZ-ASSERT
    assert isinstance(order, Order)  # ok: PY-AUTHZ-ASSERT
    order.total = order.total * (100 - percent) / 100


class Adapter:
    def get_login_redirect_url(self, request):
        # The login flow calls this after logging the user in: a stated invariant, nothing behind it.
        assert request.user.is_authenticated  # hotspot: PY-AUTHZ-ASSERT
        return reverse("home")

    def get_invoice(self, request, pk):
        assert request.user.is_staff  # expect: PY-AUTHZ-ASSERT
        return Invoice.objects.get(pk=pk)
