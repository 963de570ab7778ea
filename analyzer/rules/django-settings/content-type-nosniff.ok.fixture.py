# assay-fixture: path=shop/settings.py
import os

from django.utils.translation import gettext_lazy as _

INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'shop.catalog']
SECURE_CONTENT_TYPE_NOSNIFF = True  # ok: PY-DJANGO-NOSNIFF
if os.environ.get('LEGACY_WIDGET'):
    SECURE_CONTENT_TYPE_NOSNIFF = False  # ok: PY-DJANGO-NOSNIFF
