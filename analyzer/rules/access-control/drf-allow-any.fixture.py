from rest_framework import generics, mixins, viewsets
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import AllowAny, IsAuthenticatedOrReadOnly
from rest_framework.response import Response

from shop.models import Product, Review
from shop.serializers import ProductSerializer, RegisterSerializer, ReviewSerializer


class ProductViewSet(viewsets.ModelViewSet):
    queryset = Product.objects.all()
    serializer_class = ProductSerializer
    permission_classes = [AllowAny]  # expect: PY-AUTHZ-DRF-ALLOWANY


class ReviewCreate(generics.ListCreateAPIView):
    queryset = Review.objects.all()
    serializer_class = ReviewSerializer
    permission_classes = (AllowAny,)  # expect: PY-AUTHZ-DRF-ALLOWANY


class ProductCatalog(viewsets.ReadOnlyModelViewSet):
    queryset = Product.objects.filter(published=True)
    serializer_class = ProductSerializer
    permission_classes = [AllowAny]  # ok: PY-AUTHZ-DRF-ALLOWANY


class ProductBrowse(viewsets.ModelViewSet):
    queryset = Product.objects.all()
    serializer_class = ProductSerializer
    permission_classes = [AllowAny]  # ok: PY-AUTHZ-DRF-ALLOWANY
    http_method_names = ["get", "head", "options"]


class RegisterView(generics.CreateAPIView):
    serializer_class = RegisterSerializer
    permission_classes = [AllowAny]  # ok: PY-AUTHZ-DRF-ALLOWANY


class NewsletterSignup(generics.CreateAPIView):
    serializer_class = RegisterSerializer
    permission_classes = [AllowAny]  # expect: PY-AUTHZ-DRF-ALLOWANY


class TokenObtainPairView(generics.CreateAPIView):
    permission_classes = [AllowAny]  # ok: PY-AUTHZ-DRF-ALLOWANY


class ReviewViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    queryset = Review.objects.all()
    serializer_class = ReviewSerializer
    permission_classes = [AllowAny]  # expect: PY-AUTHZ-DRF-ALLOWANY

    def create(self, request):
        serializer = ReviewSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        serializer.save()
        return Response(serializer.data, status=201)


class ManagedProducts(viewsets.ModelViewSet):
    queryset = Product.objects.all()
    serializer_class = ProductSerializer
    permission_classes = [IsAuthenticatedOrReadOnly]  # ok: PY-AUTHZ-DRF-ALLOWANY


@api_view(["POST"])
@permission_classes([AllowAny])  # expect: PY-AUTHZ-DRF-ALLOWANY
def set_price(request, pk):
    Product.objects.filter(pk=pk).update(price=request.data["price"])
    return Response(status=204)


@api_view(["GET"])
@permission_classes([AllowAny])  # ok: PY-AUTHZ-DRF-ALLOWANY
def price_list(request):
    return Response(list(Product.objects.values("sku", "price")))
