from rest_framework import permissions, routers, viewsets

from .models import PriceRule
from .serializers import PriceRuleSerializer


class PriceRuleAdminViewSet(viewsets.ModelViewSet):
    queryset = PriceRule.objects.all()
    serializer_class = PriceRuleSerializer
    permission_classes = [permissions.IsAuthenticated, permissions.DjangoModelPermissions]


router = routers.SimpleRouter()
router.register("admin/price-rules", PriceRuleAdminViewSet)
urlpatterns = router.urls
