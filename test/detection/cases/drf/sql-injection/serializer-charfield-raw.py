from rest_framework import serializers
from rest_framework.decorators import api_view
from rest_framework.response import Response

from .models import Product


class ProductFilter(serializers.Serializer):
    category = serializers.CharField(max_length=64)


class ProductSerializer(serializers.ModelSerializer):
    class Meta:
        model = Product
        fields = ["id", "name", "price"]


@api_view(["POST"])
def products_in_category(request):
    flt = ProductFilter(data=request.data)
    flt.is_valid(raise_exception=True)
    category = flt.validated_data["category"]
    qs = Product.objects.raw(
        "SELECT * FROM catalog_product WHERE category_slug = '" + category + "'"
    )
    return Response(ProductSerializer(qs, many=True).data)
