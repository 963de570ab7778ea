# assay-fixture: path=crm/settings.py
import os
from django.utils.translation import gettext_lazy as _  # noqa: F401

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "") == "1"
ALLOWED_HOSTS = ["crm.example.com"]
INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.sessions",
    "debug_toolbar",
    "crm",
]
MIDDLEWARE = [
    "debug_toolbar.middleware.DebugToolbarMiddleware",
    "django.middleware.security.SecurityMiddleware",
]
DEBUG_TOOLBAR_CONFIG = {
    "SHOW_TOOLBAR_CALLBACK": lambda request: True,  # expect: PY-DEBUG-TOOLBAR
    "SHOW_TEMPLATE_CONTEXT": True,  # ok: PY-DEBUG-TOOLBAR
}
ROOT_URLCONF = "crm.urls"
