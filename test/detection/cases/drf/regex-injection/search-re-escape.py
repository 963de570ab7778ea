import re

from rest_framework.generics import ListAPIView

from .models import Product
from .serializers import ProductSerializer


class ProductSearch(ListAPIView):
    serializer_class = ProductSerializer

    def get_queryset(self):
        term = self.request.query_params.get("q", "")
        pattern = re.compile(re.escape(term), re.IGNORECASE)
        return [p for p in Product.objects.filter(active=True) if pattern.search(p.name)]
