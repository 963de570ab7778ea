from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from .models import Order


def order_list(request):
    return render(request, "shop/orders.html", {"orders": Order.objects.filter(customer=request.user)})


def order_detail(request, pk):
    return render(request, "shop/order.html", {"order": get_object_or_404(Order, pk=pk, customer=request.user)})


@require_POST
def cancel_order(request, pk):
    order = get_object_or_404(Order, pk=pk, customer=request.user)
    order.status = Order.Status.CANCELLED
    order.save(update_fields=["status"])
    return redirect("shop:order-list")
