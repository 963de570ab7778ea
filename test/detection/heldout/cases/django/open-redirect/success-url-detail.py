from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse

from .models import Order


@login_required
def cancel_order(request, pk):
    order = get_object_or_404(Order, pk=pk, customer=request.user)
    order.cancel(reason=request.POST.get("reason", ""))
    return HttpResponseRedirect(request.POST.get("success_url") or reverse("orders:detail", args=[order.pk]))
