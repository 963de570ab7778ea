from django.contrib.auth import get_user_model
from rest_framework import status
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.throttling import AnonRateThrottle
from rest_framework.views import APIView

from .models import ResetCode


class ResetAttemptThrottle(AnonRateThrottle):
    scope = "password-reset"
    rate = "5/hour"


class ResetConfirmView(APIView):
    permission_classes = [AllowAny]
    throttle_classes = [ResetAttemptThrottle]

    def post(self, request):
        user = get_user_model().objects.filter(email=request.data.get("email")).first()
        entry = ResetCode.objects.filter(user=user, code=request.data.get("code")).first() if user else None
        if entry is None:
            return Response(status=status.HTTP_400_BAD_REQUEST)
        user.set_password(request.data["new_password"])
        user.save()
        entry.delete()
        return Response(status=status.HTTP_204_NO_CONTENT)
