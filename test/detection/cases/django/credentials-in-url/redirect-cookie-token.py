from django.conf import settings
from django.contrib.auth import authenticate
from django.http import HttpResponseRedirect
from django.shortcuts import render
from rest_framework.authtoken.models import Token


def spa_login(request):
    if request.method == "POST":
        user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
        if user is not None:
            token, _ = Token.objects.get_or_create(user=user)
            response = HttpResponseRedirect(f"{settings.FRONTEND_URL}/auth/callback")
            response.set_cookie("api_token", token.key, secure=True, httponly=True, samesite="Strict")
            return response
    return render(request, "spa_login.html")
