from django.contrib.auth import get_user_model
from django.contrib.admin.views.decorators import staff_member_required
from django.shortcuts import render

LABELS = {"username": "User name", "password": "Password", "token": "One-time code"}
DEFAULT_OPERATOR = {"username": "ops-admin", "password": "S3cure!Admin#77"}


@staff_member_required
def create_operator(request):
    created = None
    if request.method == "POST":
        created = get_user_model().objects.create_user(DEFAULT_OPERATOR["username"], password=DEFAULT_OPERATOR["password"], is_staff=True)
    return render(request, "ops/create.html", {"labels": LABELS, "created": created})
