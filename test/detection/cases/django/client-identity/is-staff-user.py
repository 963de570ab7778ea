from django.contrib.admin.views.decorators import staff_member_required
from django.shortcuts import render

from .models import Order


@staff_member_required
def refunds_dashboard(request):
    pending = Order.objects.filter(refund_requested=True, refunded=False)
    return render(request, "staff/refunds.html", {"orders": pending})
