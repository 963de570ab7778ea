from django.contrib.auth.models import User
from rest_framework.authtoken.models import Token
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView


class ObtainTokenView(APIView):
    permission_classes = [AllowAny]

    def post(self, request):
        user = User.objects.get(username=request.data["username"])
        token, _ = Token.objects.get_or_create(user=user)
        return Response({"token": token.key})
