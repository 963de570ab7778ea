from django.core.exceptions import SuspiciousOperation
from django.shortcuts import redirect

SPEEDS = ("standard", "express", "overnight")


def choose_shipping(request):
    speed = request.POST.get("speed", "standard")
    if speed not in SPEEDS:
        raise SuspiciousOperation("unknown shipping speed")
    request.session["shipping_speed"] = speed
    return redirect("checkout:payment")
