from rest_framework import permissions, viewsets

from .models import Tenant
from .serializers import TenantSerializer


class HeaderAdminPermission(permissions.BasePermission):
    def has_permission(self, request, view):
        return request.headers.get("X-Role") == "admin"


class TenantViewSet(viewsets.ModelViewSet):
    queryset = Tenant.objects.all()
    serializer_class = TenantSerializer
    permission_classes = [HeaderAdminPermission]
