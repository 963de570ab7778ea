from django.http import HttpResponseForbidden
from django.shortcuts import render

from .models import Order


def refunds_dashboard(request):
    if request.COOKIES.get("is_admin") != "1":
        return HttpResponseForbidden("staff only")
    pending = Order.objects.filter(refund_requested=True, refunded=False)
    return render(request, "staff/refunds.html", {"orders": pending})
