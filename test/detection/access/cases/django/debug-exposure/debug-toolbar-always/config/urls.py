from debug_toolbar.toolbar import debug_toolbar_urls
from django.urls import include, path

urlpatterns = [path("", include("crm.urls"))] + debug_toolbar_urls()
