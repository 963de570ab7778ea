import logging

from rest_framework import serializers
from rest_framework.decorators import api_view
from rest_framework.response import Response

logger = logging.getLogger("orders.refunds")


class RefundSerializer(serializers.Serializer):
    reason = serializers.ChoiceField(choices=["damaged", "late", "wrong-item", "other"])


@api_view(["POST"])
def request_refund(request, pk):
    ser = RefundSerializer(data=request.data)
    ser.is_valid(raise_exception=True)
    logger.info("Refund requested for order %s: %s", int(pk), ser.validated_data["reason"])
    return Response(status=202)
