from django.core import signing
from django.shortcuts import render


def cart(request):
    try:
        items = signing.loads(request.COOKIES.get("cart", ""), salt="cart", max_age=86400)
    except signing.BadSignature:
        items = []
    return render(request, "orders/cart.html", {"items": [int(i) for i in items]})
