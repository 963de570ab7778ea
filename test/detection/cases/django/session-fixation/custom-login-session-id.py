from django.contrib.auth import get_user_model
from django.shortcuts import redirect, render


def sign_in(request):
    if request.method != "POST":
        return render(request, "accounts/login.html")
    user = get_user_model().objects.filter(email=request.POST.get("email", "")).first()
    if user is None or not user.check_password(request.POST.get("password", "")):
        return render(request, "accounts/login.html", {"error": "Invalid login"}, status=401)
    request.session["user_id"] = user.pk
    return redirect("dashboard")
