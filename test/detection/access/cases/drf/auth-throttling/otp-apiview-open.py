from django.contrib.auth import get_user_model
from rest_framework import status
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView
from rest_framework_simplejwt.tokens import RefreshToken

from .otp import code_matches


class VerifyOtpView(APIView):
    permission_classes = [AllowAny]

    def post(self, request):
        user = get_user_model().objects.filter(phone=request.data.get("phone")).first()
        if user is None or not code_matches(user, request.data.get("code", "")):
            return Response({"detail": "invalid code"}, status=status.HTTP_400_BAD_REQUEST)
        return Response({"access": str(RefreshToken.for_user(user).access_token)})
