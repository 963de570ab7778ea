from rest_framework import serializers, viewsets

from .models import Listing


class ListingSerializer(serializers.ModelSerializer):
    class Meta:
        model = Listing
        fields = ["id", "title", "price", "photos", "stock_status"]


class ListingViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Listing.objects.filter(active=True)
    serializer_class = ListingSerializer
    permission_classes = []
