from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from .cart import Cart


@require_http_methods(["GET", "POST"])
def cart(request):
    basket = Cart(request)
    if request.method == "POST":
        basket.update(request.POST)
        return redirect(request.POST.get("next") or request.path)
    return render(request, "cart.html", {"cart": basket})
