from django.contrib.auth.mixins import LoginRequiredMixin
from django.urls import reverse_lazy
from django.views.generic import UpdateView

from .models import Address


class AddressUpdateView(LoginRequiredMixin, UpdateView):
    model = Address
    fields = ["line1", "line2", "city", "postcode", "country"]
    success_url = reverse_lazy("account:addresses")
