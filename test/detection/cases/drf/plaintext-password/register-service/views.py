from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import APIView

from .services import create_account


class RegisterView(APIView):
    authentication_classes = []
    permission_classes = []

    def post(self, request):
        account_id = create_account(request.data["email"], request.data["password"])
        return Response({"id": account_id}, status=status.HTTP_201_CREATED)
