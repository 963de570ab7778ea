from cryptography.fernet import Fernet
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from .forms import CardForm

fernet = Fernet(settings.CARD_COOKIE_KEY)


@login_required
def checkout_card(request):
    form = CardForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        sealed = fernet.encrypt(form.cleaned_data["number"].encode()).decode()
        response = redirect("checkout:confirm")
        response.set_cookie("pending_card", sealed, secure=True, httponly=True, max_age=900)
        return response
    return render(request, "checkout/card.html", {"form": form})
