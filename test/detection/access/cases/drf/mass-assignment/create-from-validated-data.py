from rest_framework import serializers, status
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import Order


class OrderInput(serializers.ModelSerializer):
    class Meta:
        model = Order
        fields = ["product", "quantity", "shipping_address"]


class OrderCreate(APIView):
    permission_classes = [IsAuthenticated]

    def post(self, request):
        data = OrderInput(data=request.data)
        data.is_valid(raise_exception=True)
        order = Order.objects.create(customer=request.user, **data.validated_data)
        return Response({"id": order.pk, "status": order.status}, status=status.HTTP_201_CREATED)
