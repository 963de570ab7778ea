from django.conf import settings
from django.db import models


class Profile(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    display_name = models.CharField(max_length=80)
    bio = models.TextField(blank=True)
    plan = models.CharField(max_length=20, default="free")
    is_verified = models.BooleanField(default=False)
    credit_balance = models.IntegerField(default=0)
