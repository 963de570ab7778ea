from django.contrib.auth.hashers import make_password
from django.db import models
from django.http import JsonResponse
from django.views.decorators.http import require_POST


class Account(models.Model):
    email = models.EmailField(unique=True)
    password = models.CharField(max_length=128)


@require_POST
def signup(request):
    email = request.POST["email"].strip().lower()
    if Account.objects.filter(email=email).exists():
        return JsonResponse({"error": "email already registered"}, status=409)
    account = Account.objects.create(email=email, password=make_password(request.POST["password"]))
    return JsonResponse({"id": account.pk}, status=201)
