import hmac

from django.contrib.auth import login
from django.contrib.auth.decorators import login_not_required
from django.db.models import F
from django.shortcuts import redirect, render

from .models import LoginChallenge

MAX_ATTEMPTS = 5


@login_not_required
def verify_code(request):
    challenge = LoginChallenge.objects.get(pk=request.session["challenge_id"])
    if challenge.attempts >= MAX_ATTEMPTS:
        challenge.delete()
        return redirect("login")
    if request.method == "POST":
        if hmac.compare_digest(challenge.code, request.POST.get("code", "").strip()):
            login(request, challenge.user)
            challenge.delete()
            return redirect("home")
        LoginChallenge.objects.filter(pk=challenge.pk).update(attempts=F("attempts") + 1)
        return render(request, "accounts/verify.html", {"error": "Wrong code"})
    return render(request, "accounts/verify.html")
