from django.contrib.auth import login
from django.contrib.auth.forms import AuthenticationForm
from django.shortcuts import redirect, render

from .safety import safe_for_redirect


def sign_in(request):
    form = AuthenticationForm(request, data=request.POST or None)
    if request.method == "POST" and form.is_valid():
        login(request, form.get_user())
        target = request.POST.get("next", "")
        if safe_for_redirect(target, request):
            return redirect(target)
        return redirect("dashboard")
    return render(request, "login.html", {"form": form})
