# assay-fixture: path=shop/settings.py
from django.utils.translation import gettext_lazy as _

INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'django.contrib.sessions', 'shop.catalog']
SESSION_COOKIE_HTTPONLY = True  # ok: PY-DJANGO-SESSION-COOKIE-HTTPONLY
