from rest_framework.routers import DefaultRouter

from devices.views import DeviceViewSet, SiteViewSet

router = DefaultRouter()
router.register("devices", DeviceViewSet)
router.register("sites", SiteViewSet)
urlpatterns = router.urls
