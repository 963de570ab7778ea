from rest_framework import viewsets

from .models import OAuthClient
from .serializers import OAuthClientSerializer


class OAuthClientViewSet(viewsets.ModelViewSet):
    serializer_class = OAuthClientSerializer

    def get_queryset(self):
        return OAuthClient.objects.filter(owner=self.request.user)
