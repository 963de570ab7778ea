# assay-fixture: path=config/settings/production.py
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

MIDDLEWARE = ['django.middleware.security.SecurityMiddleware', 'django.middleware.csrf.CsrfViewMiddleware']
SECURE_HSTS_SECONDS = 0  # expect: PY-DJANGO-HSTS
