from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render


def login_view(request):
    error = None
    if request.method == "POST":
        user = authenticate(request, username=request.POST.get("username"), password=request.POST.get("password"))
        if user is not None:
            login(request, user)
            return redirect("dashboard")
        error = "Invalid username or password."
    return render(request, "accounts/login.html", {"error": error})
