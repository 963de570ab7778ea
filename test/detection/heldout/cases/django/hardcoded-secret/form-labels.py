from django.contrib.auth import get_user_model
from django.contrib.admin.views.decorators import staff_member_required
from django.shortcuts import render

LABELS = {"username": "User name", "password": "Password", "token": "One-time code"}
HELP = {"password": "At least 12 characters.", "api_secret": "Shown once after creation."}


@staff_member_required
def create_operator(request):
    created = None
    if request.method == "POST":
        created = get_user_model().objects.create_user(request.POST["username"], password=request.POST["password"], is_staff=True)
    return render(request, "ops/create.html", {"labels": LABELS, "help": HELP, "created": created})
