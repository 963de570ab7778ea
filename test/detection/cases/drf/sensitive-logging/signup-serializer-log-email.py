import logging

from rest_framework import generics

from .serializers import SignupSerializer

logger = logging.getLogger("accounts")


class SignupView(generics.CreateAPIView):
    serializer_class = SignupSerializer
    permission_classes = []

    def perform_create(self, serializer):
        user = serializer.save()
        logger.info("new signup: user %s <%s>", user.pk, serializer.validated_data["email"])
