from django.contrib.auth import authenticate, login
from django.http import HttpResponseRedirect
from django.shortcuts import render


def login_view(request):
    if request.method == "POST":
        user = authenticate(
            request,
            username=request.POST.get("username"),
            password=request.POST.get("password"),
        )
        if user is not None:
            login(request, user)
            next_url = request.POST.get("next") or "/"
            return HttpResponseRedirect(next_url)
    return render(request, "accounts/login.html", {"next": request.GET.get("next", "")})
