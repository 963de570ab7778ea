from rest_framework import permissions, viewsets

from .models import Device, Site
from .serializers import DeviceSerializer, SiteSerializer


class SiteViewSet(viewsets.ModelViewSet):
    queryset = Site.objects.all()
    serializer_class = SiteSerializer


class DeviceViewSet(viewsets.ModelViewSet):
    queryset = Device.objects.select_related("site")
    serializer_class = DeviceSerializer
    permission_classes = [permissions.AllowAny]
