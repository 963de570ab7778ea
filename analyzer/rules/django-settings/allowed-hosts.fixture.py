# assay-fixture: path=shop/settings.py
import os

from django.utils.translation import gettext_lazy as _

DEBUG = False

ALLOWED_HOSTS = [
    'shop.example.com',  # ok: PY-DJANGO-ALLOWED-HOSTS
    '.api.example.com',  # ok: PY-DJANGO-ALLOWED-HOSTS
    os.environ.get('DJANGO_EXTRA_HOST', 'localhost'),  # ok: PY-DJANGO-ALLOWED-HOSTS
    '*',  # expect: PY-DJANGO-ALLOWED-HOSTS
]

INSTALLED_APPS = ['django.contrib.contenttypes', 'django.contrib.auth', 'shop.catalog']
