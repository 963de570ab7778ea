from django.conf import settings
from django.shortcuts import redirect


def sign_out(request):
    response = redirect("home")
    response.delete_cookie(settings.SESSION_COOKIE_NAME)
    response.delete_cookie("remember_me")
    return response
