from rest_framework import status
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import Order


class OrderCreate(APIView):
    permission_classes = [IsAuthenticated]

    def post(self, request):
        order = Order.objects.create(customer=request.user, **request.data)
        return Response({"id": order.pk, "status": order.status}, status=status.HTTP_201_CREATED)
