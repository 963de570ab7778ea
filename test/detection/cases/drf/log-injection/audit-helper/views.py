from rest_framework.response import Response
from rest_framework.views import APIView

from .audit import record


class ApiKeyRotate(APIView):
    def post(self, request):
        client = request.headers.get("X-Client-Name", "unknown")
        record("api-key-rotated", request.user.username, f"client={client}")
        return Response({"rotated": True})
