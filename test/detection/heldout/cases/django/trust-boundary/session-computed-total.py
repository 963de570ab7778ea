from decimal import Decimal

from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from .models import Product


@require_POST
def add_to_cart(request):
    product = Product.objects.get(pk=int(request.POST["product"]))
    quantity = max(1, min(int(request.POST.get("quantity", "1")), 10))
    cart = request.session.get("cart", {})
    cart[str(product.pk)] = quantity
    request.session["cart"] = cart
    request.session["cart_total"] = str(sum(Product.objects.get(pk=int(pk)).price * q for pk, q in cart.items()) or Decimal("0"))
    return redirect("cart")
