from rest_framework import serializers
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import AllowAny
from rest_framework.response import Response

KIOSK_TOKEN = "4f1c9b2d7e8a4c35b6d0e1f2a3b4c5d6"


class KioskLoginSerializer(serializers.Serializer):
    store = serializers.CharField()
    operator = serializers.CharField()
    pin = serializers.CharField()


@api_view(["POST"])
@permission_classes([AllowAny])
def kiosk_login(request):
    ser = KioskLoginSerializer(data=request.data)
    ser.is_valid(raise_exception=True)
    return Response({"token": KIOSK_TOKEN, "store": ser.validated_data["store"]})
