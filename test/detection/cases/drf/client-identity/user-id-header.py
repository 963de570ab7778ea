from rest_framework.decorators import api_view, authentication_classes, permission_classes
from rest_framework.response import Response

from .models import Wallet


@api_view(["GET"])
@authentication_classes([])
@permission_classes([])
def wallet_balance(request):
    wallet = Wallet.objects.get(owner_id=int(request.META["HTTP_X_USER_ID"]))
    return Response({"balance": str(wallet.balance), "currency": wallet.currency})
