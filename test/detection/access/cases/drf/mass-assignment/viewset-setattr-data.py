from rest_framework import permissions, viewsets
from rest_framework.response import Response

from .models import Ticket
from .serializers import TicketSerializer


class TicketViewSet(viewsets.ModelViewSet):
    serializer_class = TicketSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return Ticket.objects.filter(requester=self.request.user)

    def partial_update(self, request, *args, **kwargs):
        ticket = self.get_object()
        for field, value in request.data.items():
            setattr(ticket, field, value)
        ticket.save()
        return Response(TicketSerializer(ticket).data)
