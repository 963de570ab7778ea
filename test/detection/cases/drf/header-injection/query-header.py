from rest_framework.response import Response
from rest_framework.views import APIView


class HealthView(APIView):
    authentication_classes = []
    permission_classes = []

    def get(self, request):
        request_id = request.query_params.get("request_id", "")
        response = Response({"status": "ok"})
        response["X-Request-ID"] = request_id
        return response
