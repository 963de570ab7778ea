from rest_framework import serializers
from rest_framework.decorators import api_view
from rest_framework.response import Response


class CurrencySerializer(serializers.Serializer):
    currency = serializers.ChoiceField(choices=["EUR", "USD", "GBP", "CHF"])


@api_view(["POST"])
def set_currency(request):
    ser = CurrencySerializer(data=request.data)
    ser.is_valid(raise_exception=True)
    request.session["currency"] = ser.validated_data["currency"]
    return Response({"currency": request.session["currency"]})
