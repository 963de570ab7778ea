# assay-fixture: path=shop/settings/production.py
from django.utils.translation import gettext_lazy as _  # noqa: F401
SECRET_KEY = "x"  # noqa
INSTALLED_APPS = ["django.contrib.auth", "shop"]
MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
INSTALLED_APPS += ["debug_toolbar"]


def show_toolbar(request):
    return True


DEBUG_TOOLBAR_CONFIG = {"SHOW_TOOLBAR_CALLBACK": show_toolbar}  # expect: PY-DEBUG-TOOLBAR
