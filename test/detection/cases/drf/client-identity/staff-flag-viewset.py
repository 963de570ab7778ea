from rest_framework import viewsets
from rest_framework.exceptions import PermissionDenied

from .models import Invoice
from .serializers import InvoiceSerializer


class InvoiceViewSet(viewsets.ModelViewSet):
    serializer_class = InvoiceSerializer

    def get_queryset(self):
        if not self.request.user.is_authenticated:
            raise PermissionDenied()
        if self.request.user.is_staff and self.request.COOKIES.get("view_all") == "true":
            return Invoice.objects.all()
        return Invoice.objects.filter(customer=self.request.user)
