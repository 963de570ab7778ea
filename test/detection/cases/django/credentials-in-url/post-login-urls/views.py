from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render


def kiosk_login(request):
    if request.method == "POST":
        user = authenticate(request, badge=request.POST.get("badge"), pin=request.POST.get("pin"))
        if user is not None:
            login(request, user)
            return redirect("kiosk:home")
    return render(request, "kiosk/login.html", {"reset_sent": request.GET.get("password_reset_sent") == "1"})
