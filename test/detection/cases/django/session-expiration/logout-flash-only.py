from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect


@login_required
def sign_out(request):
    request.session.pop("cart", None)
    messages.info(request, "You have been signed out.")
    return redirect("home")
