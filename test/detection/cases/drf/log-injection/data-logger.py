import logging

from rest_framework import status
from rest_framework.decorators import api_view
from rest_framework.response import Response

from .models import Order

logger = logging.getLogger("orders.refunds")


@api_view(["POST"])
def request_refund(request, pk):
    order = Order.objects.get(pk=pk, customer=request.user)
    reason = request.data.get("reason", "")
    logger.info("Refund requested for order %s: %s", order.pk, reason)
    order.refund_requested = True
    order.save(update_fields=["refund_requested"])
    return Response(status=status.HTTP_202_ACCEPTED)
