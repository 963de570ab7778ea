import requests
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView


class WebhookTestSerializer(serializers.Serializer):
    endpoint = serializers.CharField(max_length=500)
    event = serializers.CharField(max_length=50, default="ping")


class WebhookTestView(APIView):
    def post(self, request):
        ser = WebhookTestSerializer(data=request.data)
        ser.is_valid(raise_exception=True)
        data = ser.validated_data
        resp = requests.post(data["endpoint"], json={"event": data["event"]}, timeout=5)
        return Response({"delivered": resp.ok, "status": resp.status_code})
