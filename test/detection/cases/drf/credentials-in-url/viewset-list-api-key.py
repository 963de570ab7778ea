from rest_framework import viewsets
from rest_framework.exceptions import AuthenticationFailed

from .models import Partner, Shipment
from .serializers import ShipmentSerializer


class PartnerShipmentViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = ShipmentSerializer
    authentication_classes = []
    permission_classes = []

    def get_queryset(self):
        partner = Partner.objects.filter(api_key=self.request.query_params.get("api_key", "")).first()
        if partner is None:
            raise AuthenticationFailed()
        return Shipment.objects.filter(partner=partner)
