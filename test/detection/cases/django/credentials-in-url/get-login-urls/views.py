from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render


def kiosk_login(request):
    pin = request.GET.get("pin")
    badge = request.GET.get("badge")
    if pin and badge:
        user = authenticate(request, badge=badge, pin=pin)
        if user is not None:
            login(request, user)
            return redirect("kiosk:home")
    return render(request, "kiosk/login.html")
