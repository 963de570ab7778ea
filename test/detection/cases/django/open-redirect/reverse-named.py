from django.shortcuts import redirect
from django.urls import reverse

AFTER_CHECKOUT = {
    "orders": "orders:list",
    "home": "catalog:home",
    "account": "accounts:profile",
}


def checkout_done(request):
    dest = request.GET.get("then", "home")
    route = AFTER_CHECKOUT.get(dest, "catalog:home")
    return redirect(reverse(route))
