from rest_framework.decorators import api_view
from rest_framework.permissions import IsAuthenticated
from rest_framework.decorators import permission_classes
from rest_framework.response import Response

from .models import Wallet


@api_view(["GET"])
@permission_classes([IsAuthenticated])
def wallet_balance(request):
    wallet = Wallet.objects.get(owner=request.user)
    legacy = request.headers.get("X-Client-Version", "2").startswith("1.")
    balance = float(wallet.balance) if legacy else str(wallet.balance)
    return Response({"balance": balance, "currency": wallet.currency})
