from rest_framework import generics

from .filters import TagFilterBackend
from .models import Product
from .serializers import ProductSerializer


class ProductList(generics.ListAPIView):
    queryset = Product.objects.filter(active=True)
    serializer_class = ProductSerializer
    filter_backends = [TagFilterBackend]
