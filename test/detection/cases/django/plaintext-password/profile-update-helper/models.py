from django.db import models


class Subscriber(models.Model):
    email = models.EmailField()
    secret = models.CharField(max_length=128)
