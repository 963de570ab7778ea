from django.db import models


class Customer(models.Model):
    name = models.CharField(max_length=200)
    email = models.EmailField()
    portal_user = models.OneToOneField("auth.User", on_delete=models.CASCADE)
    internal_notes = models.TextField(blank=True)
    credit_limit = models.DecimalField(max_digits=12, decimal_places=2)
    churn_risk = models.FloatField(default=0)
