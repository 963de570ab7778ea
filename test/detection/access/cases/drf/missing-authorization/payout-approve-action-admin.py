from django.utils import timezone
from rest_framework import permissions, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import Payout
from .serializers import PayoutSerializer


class PayoutViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = PayoutSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return Payout.objects.filter(seller__owner=self.request.user)

    @action(detail=True, methods=["post"], permission_classes=[permissions.IsAdminUser])
    def approve(self, request, pk=None):
        payout = Payout.objects.get(pk=pk)
        payout.approved_at = timezone.now()
        payout.approved_by = request.user
        payout.save()
        return Response({"approved": payout.pk})
