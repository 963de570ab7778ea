from django.contrib.auth import login
from django.contrib.auth.decorators import login_not_required
from django.shortcuts import redirect, render

from .models import LoginChallenge


@login_not_required
def verify_code(request):
    challenge = LoginChallenge.objects.get(pk=request.session["challenge_id"])
    if request.method == "POST":
        if challenge.code == request.POST.get("code", "").strip():
            login(request, challenge.user)
            challenge.delete()
            return redirect("home")
        return render(request, "accounts/verify.html", {"error": "Wrong code"})
    return render(request, "accounts/verify.html")
