from django.contrib.auth import get_user_model
from rest_framework import permissions, routers, serializers, viewsets


class ManagedUserSerializer(serializers.ModelSerializer):
    class Meta:
        model = get_user_model()
        fields = ["id", "username", "email", "is_active", "is_staff"]


class UserAdminViewSet(viewsets.ModelViewSet):
    queryset = get_user_model().objects.order_by("id")
    serializer_class = ManagedUserSerializer
    permission_classes = [permissions.IsAdminUser]


router = routers.DefaultRouter()
router.register("admin/users", UserAdminViewSet)
urlpatterns = router.urls
