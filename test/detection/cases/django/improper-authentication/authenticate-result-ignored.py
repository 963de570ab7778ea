from django.contrib.auth import authenticate, get_user_model, login
from django.shortcuts import redirect, render


def sign_in(request):
    if request.method != "POST":
        return render(request, "accounts/login.html")
    username = request.POST["username"]
    authenticate(request, username=username, password=request.POST["password"])
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        return render(request, "accounts/login.html", {"error": "Unknown user"}, status=401)
    login(request, user)
    return redirect("dashboard")
