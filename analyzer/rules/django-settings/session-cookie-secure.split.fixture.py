# assay-fixture: path=shop/settings/production.py
from django.utils.translation import gettext_lazy as _  # ok: PY-DJANGO-SESSION-COOKIE-SECURE

from .base import *  # noqa: F403

INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'django.contrib.sessions', 'shop.catalog']
