from django.shortcuts import render
from django.utils.html import format_html


def order_confirmation(request):
    note = request.GET.get("note", "")
    message = format_html("<strong>Order received.</strong> Your note: <em>{}</em>", note)
    return render(request, "orders/confirmation.html", {"message": message})
