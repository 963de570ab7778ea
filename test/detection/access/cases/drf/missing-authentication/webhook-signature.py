import hashlib
import hmac

from django.conf import settings
from rest_framework import permissions, status
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import Order


class PaymentWebhook(APIView):
    authentication_classes = []
    permission_classes = [permissions.AllowAny]

    def post(self, request):
        expected = hmac.new(settings.PAYMENT_WEBHOOK_SECRET.encode(), request.body, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, request.headers.get("X-Signature", "")):
            return Response(status=status.HTTP_403_FORBIDDEN)
        Order.objects.filter(reference=request.data["reference"]).update(paid=True)
        return Response(status=status.HTTP_204_NO_CONTENT)


class OrderList(APIView):
    permission_classes = [permissions.IsAuthenticated]

    def get(self, request):
        return Response(list(Order.objects.filter(customer=request.user).values("reference", "paid")))
