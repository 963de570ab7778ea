from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import Order
from .serializers import OrderSerializer
from .services import print_receipt


class OrderViewSet(viewsets.ModelViewSet):
    queryset = Order.objects.all()
    serializer_class = OrderSerializer

    @action(detail=True, methods=["post"])
    def print(self, request, pk=None):
        order = self.get_object()
        printer = request.data.get("printer", "front-desk")
        status = print_receipt(order.pk, printer)
        return Response({"queued": status == 0})
