import logging

from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render

logger = logging.getLogger("accounts.security")


def login_view(request):
    if request.method == "POST":
        username = request.POST.get("username", "")
        user = authenticate(request, username=username, password=request.POST.get("password", ""))
        if user is None:
            logger.warning("Failed login for user %s from %s", username, request.META.get("REMOTE_ADDR"))
            return render(request, "accounts/login.html", {"error": True})
        login(request, user)
        return redirect("dashboard")
    return render(request, "accounts/login.html")
