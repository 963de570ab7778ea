from django.urls import include, path
from rest_framework.routers import DefaultRouter

from inventory.views import ItemViewSet

router = DefaultRouter()
router.register("items", ItemViewSet)

urlpatterns = [path("api/", include(router.urls))]
