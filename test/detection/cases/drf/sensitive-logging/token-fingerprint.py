import hashlib
import logging

from rest_framework.authtoken.models import Token
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.response import Response

logger = logging.getLogger(__name__)


class LoginView(ObtainAuthToken):
    def post(self, request, *args, **kwargs):
        serializer = self.serializer_class(data=request.data, context={"request": request})
        serializer.is_valid(raise_exception=True)
        user = serializer.validated_data["user"]
        token, _ = Token.objects.get_or_create(user=user)
        fingerprint = hashlib.sha256(token.key.encode()).hexdigest()[:10]
        logger.info("issued token fp=%s to %s", fingerprint, user.username)
        return Response({"token": token.key})
