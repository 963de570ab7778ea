from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect


def sign_out(request):
    logout(request)
    messages.info(request, "You have been signed out.")
    response = redirect("home")
    response.delete_cookie("remember_me")
    return response
