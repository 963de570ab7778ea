from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from .forms import CardForm


@login_required
def checkout_card(request):
    form = CardForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        response = redirect("checkout:confirm")
        response.set_signed_cookie("pending_card", form.cleaned_data["number"], salt="checkout", secure=True, httponly=True)
        return response
    return render(request, "checkout/card.html", {"form": form})
