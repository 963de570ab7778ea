from rest_framework import generics, permissions

from .models import Document
from .permissions import IsOwner
from .serializers import DocumentSerializer


class DocumentDetail(generics.RetrieveUpdateDestroyAPIView):
    queryset = Document.objects.all()
    serializer_class = DocumentSerializer
    permission_classes = [permissions.IsAuthenticated, IsOwner]
