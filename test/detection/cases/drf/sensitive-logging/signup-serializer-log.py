import logging

from rest_framework import generics

from .serializers import SignupSerializer

logger = logging.getLogger("accounts")


class SignupView(generics.CreateAPIView):
    serializer_class = SignupSerializer
    permission_classes = []

    def perform_create(self, serializer):
        logger.info("new signup: %s", serializer.validated_data)
        serializer.save()
