# assay-fixture: path=social/views.py
# Sign-in with an identity provider: the view takes the provider's token or assertion, has the provider
# verify it, and completes the social login. Nothing the user chose is checked here, so nothing to guess.
import requests
from django.contrib.auth import authenticate, login
from django.http import HttpResponse
from django.urls import path

from allauth.socialaccount.helpers import complete_social_login
from allauth.socialaccount.models import SocialLogin


def login_by_token(request):  # ok: PY-AUTH-NO-THROTTLE
    if request.method == "POST":
        token = request.POST["access_token"]
        data = requests.get("https://graph.example.com/me", params={"access_token": token}).json()
        sociallogin = SocialLogin.from_provider_data(data)
        return complete_social_login(request, sociallogin)
    return HttpResponse(status=405)


def connect_with_password(request):  # expect: PY-AUTH-NO-THROTTLE
    # Links a provider account after checking the local password: that password can be guessed.
    if request.method == "POST":
        user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
        if user is None:
            return HttpResponse(status=401)
        login(request, user)
        return complete_social_login(request, SocialLogin.from_provider_data(request.POST))
    return HttpResponse(status=405)


urlpatterns = [
    path("facebook/login/token/", login_by_token),
    path("connect/login/", connect_with_password),
]
