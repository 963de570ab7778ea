from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404
from django.urls import reverse_lazy
from django.views.generic import UpdateView

from .models import Address


class AddressUpdateView(LoginRequiredMixin, UpdateView):
    model = Address
    fields = ["line1", "line2", "city", "postcode", "country"]
    success_url = reverse_lazy("account:addresses")

    def get_object(self, queryset=None):
        address = super().get_object(queryset)
        if address.user_id != self.request.user.pk:
            raise Http404
        return address
