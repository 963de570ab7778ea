from rest_framework.response import Response
from rest_framework.views import APIView


class MaintenanceView(APIView):
    def get(self, request):
        minutes = int(request.query_params.get("minutes", "5"))
        response = Response({"maintenance": True}, status=503)
        response["Retry-After"] = str(minutes * 60)
        return response
