from rest_framework.response import Response
from rest_framework.views import APIView

from .authentication import ServiceTokenAuthentication


class DeployView(APIView):
    authentication_classes = [ServiceTokenAuthentication]

    def post(self, request):
        return Response({"queued": request.data.get("ref", "main")}, status=202)
