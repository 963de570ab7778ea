from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render


def sign_in(request):
    if request.method != "POST":
        return render(request, "accounts/login.html")
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return render(request, "accounts/login.html", {"error": "Invalid login"}, status=401)
    login(request, user)
    return redirect("dashboard")
