# assay-fixture: path=shop/settings.py
import os
from django.utils.translation import gettext_lazy as _  # noqa: F401

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
INSTALLED_APPS = ["django.contrib.auth", "shop"]  # ok: PY-DEBUG-TOOLBAR
MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]  # ok: PY-DEBUG-TOOLBAR

if DEBUG:
    INSTALLED_APPS.append("debug_toolbar")
    MIDDLEWARE.insert(0, "debug_toolbar.middleware.DebugToolbarMiddleware")
    INTERNAL_IPS = ["127.0.0.1"]
    DEBUG_TOOLBAR_CONFIG = {"SHOW_TOOLBAR_CALLBACK": lambda request: True}  # ok: PY-DEBUG-TOOLBAR
