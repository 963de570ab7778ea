from django.contrib.auth.decorators import login_required
from django.db import models
from django.forms.models import model_to_dict
from django.http import JsonResponse
from django.shortcuts import get_object_or_404


class Customer(models.Model):
    name = models.CharField(max_length=200)
    email = models.EmailField()
    account_manager = models.ForeignKey("auth.User", on_delete=models.PROTECT)
    internal_notes = models.TextField(blank=True)
    credit_limit = models.DecimalField(max_digits=12, decimal_places=2)
    risk_score = models.PositiveSmallIntegerField(default=0)

    class Meta:
        app_label = "crm"


@login_required
def my_customer_record(request):
    customer = get_object_or_404(Customer, email=request.user.email)
    return JsonResponse(model_to_dict(customer))
