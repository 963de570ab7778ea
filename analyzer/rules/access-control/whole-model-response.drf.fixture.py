# DRF serializers over models the scan does not contain: an exclude list that hides internal data is a denylist.
from rest_framework import serializers, viewsets

from .models import Listing, Review


class ListingSerializer(serializers.ModelSerializer):
    class Meta:
        model = Listing
        exclude = ["supplier"]


class ShopperListingSerializer(serializers.ModelSerializer):
    class Meta:
        model = Listing
        fields = ["id", "title", "price"]


class ReviewSerializer(serializers.ModelSerializer):
    class Meta:
        model = Review
        exclude = ["created"]


class ListingViewSet(viewsets.ReadOnlyModelViewSet):  # expect: PY-DATA-WHOLE-MODEL
    queryset = Listing.objects.filter(active=True)
    serializer_class = ListingSerializer


class ShopperListingViewSet(viewsets.ReadOnlyModelViewSet):  # ok: PY-DATA-WHOLE-MODEL
    queryset = Listing.objects.filter(active=True)
    serializer_class = ShopperListingSerializer


class ReviewViewSet(viewsets.ReadOnlyModelViewSet):  # ok: PY-DATA-WHOLE-MODEL
    queryset = Review.objects.all()
    serializer_class = ReviewSerializer
