from django.shortcuts import render

from .models import Order

SORT_COLUMNS = {
    "date": "created_at",
    "total": "total_cents",
    "status": "status",
}


def order_list(request):
    sort_key = request.GET.get("sort", "date")
    column = SORT_COLUMNS.get(sort_key, "created_at")
    orders = Order.objects.raw(
        "SELECT * FROM orders_order WHERE customer_id = %s ORDER BY " + column,
        [request.user.pk],
    )
    return render(request, "orders/list.html", {"orders": orders})
