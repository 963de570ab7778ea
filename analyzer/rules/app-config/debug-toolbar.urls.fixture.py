# assay-fixture: path=shop/urls.py
import debug_toolbar
from debug_toolbar.toolbar import debug_toolbar_urls
from django.conf import settings
from django.urls import include, path

urlpatterns = [
    path("", include("shop.pages")),  # ok: PY-DEBUG-TOOLBAR
    path("__debug__/", include("debug_toolbar.urls")),  # hotspot: PY-DEBUG-TOOLBAR
]
urlpatterns += [path("__dbg__/", include(debug_toolbar.urls))]  # hotspot: PY-DEBUG-TOOLBAR
urlpatterns += debug_toolbar_urls()  # hotspot: PY-DEBUG-TOOLBAR

if settings.DEBUG:
    urlpatterns += debug_toolbar_urls()  # ok: PY-DEBUG-TOOLBAR
    urlpatterns.append(path("__debug__/", include("debug_toolbar.urls")))  # ok: PY-DEBUG-TOOLBAR
else:
    urlpatterns += debug_toolbar_urls()  # hotspot: PY-DEBUG-TOOLBAR


def add_toolbar(patterns):
    patterns.append(path("__debug__/", include(debug_toolbar.urls)))  # ok: PY-DEBUG-TOOLBAR
