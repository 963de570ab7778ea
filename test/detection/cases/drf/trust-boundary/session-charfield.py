from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView


class DeliverySerializer(serializers.Serializer):
    delivery_note = serializers.CharField(max_length=500)
    role_hint = serializers.CharField(max_length=20, required=False)


class DeliveryPrefsView(APIView):
    def post(self, request):
        ser = DeliverySerializer(data=request.data)
        ser.is_valid(raise_exception=True)
        request.session["delivery_note"] = ser.validated_data["delivery_note"]
        return Response(status=204)
