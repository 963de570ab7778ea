from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render

from .cookies import remember_login


def sign_in(request):
    if request.method == "POST":
        user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
        if user is not None:
            login(request, user)
            response = redirect("home")
            if request.POST.get("remember") == "on":
                remember_login(response, request.POST["username"], request.POST["password"])
            return response
    return render(request, "login.html")
