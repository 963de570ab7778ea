import requests
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView


class TrackingQuery(serializers.Serializer):
    parcel = serializers.IntegerField(min_value=1)


class TrackingView(APIView):
    def get(self, request):
        q = TrackingQuery(data=request.query_params)
        q.is_valid(raise_exception=True)
        url = "https://tracking.parcelhub.example/v2/parcels/%d" % q.validated_data["parcel"]
        return Response(requests.get(url, timeout=5).json())
