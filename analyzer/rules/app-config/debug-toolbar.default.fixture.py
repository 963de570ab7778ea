# assay-fixture: path=blog/settings.py
import os
from django.utils.translation import gettext_lazy as _  # noqa: F401

SECRET_KEY = os.environ["SECRET_KEY"]
DEBUG = False
INSTALLED_APPS = ["django.contrib.auth", "debug_toolbar", "blog"]  # hotspot: PY-DEBUG-TOOLBAR
MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
DEBUG_TOOLBAR_CONFIG = {"SHOW_TOOLBAR_CALLBACK": lambda request: DEBUG and request.user.is_superuser}  # ok: PY-DEBUG-TOOLBAR
