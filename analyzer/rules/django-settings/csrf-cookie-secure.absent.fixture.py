# assay-fixture: path=shop/settings.py
"""The CSRF cookie's Secure flag was never set."""
from django.utils.translation import gettext_lazy as _  # expect: PY-DJANGO-CSRF-COOKIE-SECURE

INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'shop.catalog']
MIDDLEWARE = ['django.middleware.security.SecurityMiddleware', 'django.middleware.csrf.CsrfViewMiddleware']
