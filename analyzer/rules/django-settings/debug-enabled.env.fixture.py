# assay-fixture: path=shop/settings.py
import os

from django.core.exceptions import ImproperlyConfigured

DEBUG = os.environ.get('DJANGO_DEBUG', '') == '1'  # ok: PY-DJANGO-DEBUG

if os.environ.get('CI'):
    DEBUG = True  # ok: PY-DJANGO-DEBUG

INSTALLED_APPS = ['django.contrib.contenttypes', 'django.contrib.auth', 'shop.catalog']
