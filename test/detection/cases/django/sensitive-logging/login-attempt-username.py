import logging

from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render

logger = logging.getLogger("auth")


def sign_in(request):
    if request.method != "POST":
        return render(request, "login.html")
    username = request.POST.get("username", "")
    password = request.POST.get("password", "")
    user = authenticate(request, username=username, password=password)
    if user is None:
        logger.warning("failed login for %r from %s", username, request.META.get("REMOTE_ADDR"))
        return render(request, "login.html", {"error": "Invalid login"}, status=401)
    login(request, user)
    return redirect("home")
