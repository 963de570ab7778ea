from rest_framework import permissions, viewsets

from .models import Project
from .serializers import ProjectSerializer


class ProjectViewSet(viewsets.ModelViewSet):
    serializer_class = ProjectSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return Project.objects.filter(tenant=self.request.tenant, members=self.request.user).distinct()

    def perform_create(self, serializer):
        serializer.save(tenant=self.request.tenant)
