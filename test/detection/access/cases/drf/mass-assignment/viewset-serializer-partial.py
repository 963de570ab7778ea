from rest_framework import permissions, serializers, viewsets

from .models import Ticket


class TicketSerializer(serializers.ModelSerializer):
    class Meta:
        model = Ticket
        fields = ["id", "subject", "description", "priority", "assignee", "status"]
        read_only_fields = ["priority", "assignee", "status"]


class TicketViewSet(viewsets.ModelViewSet):
    serializer_class = TicketSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return Ticket.objects.filter(requester=self.request.user)
