import requests
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

PARTNER_ENDPOINTS = {
    "acme": "https://hooks.acme-logistics.example/shop-events",
    "parcelhub": "https://api.parcelhub.example/v2/events",
}


class PartnerPingSerializer(serializers.Serializer):
    partner = serializers.ChoiceField(choices=sorted(PARTNER_ENDPOINTS))


class PartnerPingView(APIView):
    def post(self, request):
        ser = PartnerPingSerializer(data=request.data)
        ser.is_valid(raise_exception=True)
        url = PARTNER_ENDPOINTS[ser.validated_data["partner"]]
        resp = requests.post(url, json={"event": "ping"}, timeout=5)
        return Response({"delivered": resp.ok})
