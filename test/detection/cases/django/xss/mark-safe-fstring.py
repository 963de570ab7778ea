from django.shortcuts import render
from django.utils.safestring import mark_safe


def order_confirmation(request):
    note = request.GET.get("note", "")
    message = mark_safe(f"<strong>Order received.</strong> Your note: <em>{note}</em>")
    return render(request, "orders/confirmation.html", {"message": message})
