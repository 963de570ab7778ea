from rest_framework import viewsets

from .models import Order
from .serializers import OrderSerializer


class OrderViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = OrderSerializer

    def get_queryset(self):
        qs = Order.objects.filter(customer=self.request.user)
        since = self.request.query_params.get("since")
        if since:
            qs = qs.extra(where=["created_at >= '%s'" % since])
        return qs.order_by("-created_at")
