# assay-fixture: path=shop/settings.py
"""Settings for the shop: HSTS was never configured."""
from django.utils.translation import gettext_lazy as _  # expect: PY-DJANGO-HSTS

DEBUG = False
INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'shop.catalog']
MIDDLEWARE = ['django.middleware.security.SecurityMiddleware', 'django.middleware.csrf.CsrfViewMiddleware']
