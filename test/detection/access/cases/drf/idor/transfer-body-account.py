from decimal import Decimal

from django.db import transaction
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from .models import BankAccount


@api_view(["POST"])
@permission_classes([IsAuthenticated])
def transfer(request):
    amount = Decimal(request.data["amount"])
    with transaction.atomic():
        source = BankAccount.objects.select_for_update().get(pk=request.data["from_account"])
        target = BankAccount.objects.select_for_update().get(iban=request.data["to_iban"])
        source.balance -= amount
        target.balance += amount
        source.save()
        target.save()
    return Response({"balance": str(source.balance)})
