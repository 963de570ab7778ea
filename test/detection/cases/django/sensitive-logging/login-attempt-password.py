import logging

from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render

logger = logging.getLogger("auth")


def sign_in(request):
    if request.method != "POST":
        return render(request, "login.html")
    username = request.POST.get("username", "")
    password = request.POST.get("password", "")
    logger.info("login attempt user=%s password=%s", username, password)
    user = authenticate(request, username=username, password=password)
    if user is None:
        return render(request, "login.html", {"error": "Invalid login"}, status=401)
    login(request, user)
    return redirect("home")
