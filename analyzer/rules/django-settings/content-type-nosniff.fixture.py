# assay-fixture: path=shop/settings.py
from django.utils.translation import gettext_lazy as _

INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'shop.catalog']
MIDDLEWARE = ['django.middleware.security.SecurityMiddleware']
# Legacy widget served JSON as text/html and broke with nosniff.
SECURE_CONTENT_TYPE_NOSNIFF = False  # expect: PY-DJANGO-NOSNIFF
