from django.contrib.auth.hashers import check_password
from django.shortcuts import redirect, render

from .models import Member


def club_login(request):
    if request.method == "POST":
        member = Member.objects.filter(number=request.POST.get("number")).first()
        if member and check_password(request.POST.get("pin", ""), member.pin_hash):
            request.session.flush()
            request.session["member"] = {"id": member.pk, "tier": member.tier}
            request.session.set_expiry(3600)
            return redirect("club:home")
    return render(request, "club/login.html")
