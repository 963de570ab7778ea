from django.conf import settings
from django.urls import include, path

urlpatterns = [path("", include("crm.urls"))]

if settings.DEBUG:
    from debug_toolbar.toolbar import debug_toolbar_urls

    urlpatterns += debug_toolbar_urls()
