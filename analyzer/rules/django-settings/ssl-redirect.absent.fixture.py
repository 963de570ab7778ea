# assay-fixture: path=shop/settings.py
from django.utils.translation import gettext_lazy as _  # expect: PY-DJANGO-SSL-REDIRECT

INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'shop.catalog']
MIDDLEWARE = ['django.middleware.security.SecurityMiddleware']
