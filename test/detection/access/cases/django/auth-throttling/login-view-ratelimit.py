from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render
from django_ratelimit.decorators import ratelimit


@ratelimit(key="ip", rate="10/m", method="POST", block=True)
@ratelimit(key="post:username", rate="5/m", method="POST", block=True)
def login_view(request):
    error = None
    if request.method == "POST":
        user = authenticate(request, username=request.POST.get("username"), password=request.POST.get("password"))
        if user is not None:
            login(request, user)
            return redirect("dashboard")
        error = "Invalid username or password."
    return render(request, "accounts/login.html", {"error": error})
