from rest_framework import serializers, viewsets

from .models import Review


class ReviewSerializer(serializers.ModelSerializer):
    author = serializers.CharField(source="author.get_short_name", read_only=True)

    class Meta:
        model = Review
        fields = ["id", "product", "rating", "text", "author", "created_at"]


class ReviewViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Review.objects.select_related("author", "product")
    serializer_class = ReviewSerializer
