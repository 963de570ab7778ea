from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render


def sign_in(request):
    if request.method != "POST":
        return render(request, "login.html", {"saved": request.COOKIES.get("saved_user", "")})
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return render(request, "login.html", {"error": "Invalid login"}, status=401)
    login(request, user)
    response = redirect("home")
    if request.POST.get("remember"):
        response.set_cookie("saved_user", request.POST["username"], max_age=30 * 86400)
        response.set_cookie("saved_password", request.POST["password"], max_age=30 * 86400)
    return response
