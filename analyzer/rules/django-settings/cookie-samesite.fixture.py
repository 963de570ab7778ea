# assay-fixture: path=shop/settings.py
from django.utils.translation import gettext_lazy as _

INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'django.contrib.sessions', 'shop.catalog']
# The payment provider posts back to us from its own domain.
SESSION_COOKIE_SAMESITE = 'None'  # expect: PY-DJANGO-COOKIE-SAMESITE
CSRF_COOKIE_SAMESITE = 'Strict'  # ok: PY-DJANGO-COOKIE-SAMESITE
LANGUAGE_COOKIE_SAMESITE = None  # ok: PY-DJANGO-COOKIE-SAMESITE
