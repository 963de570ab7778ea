# assay-fixture: path=config/settings/production.py
import environ

from .base import *  # noqa: F403

env = environ.Env()
MIDDLEWARE = ['django.middleware.security.SecurityMiddleware', 'django.middleware.csrf.CsrfViewMiddleware']
SECURE_HSTS_SECONDS = 31536000  # ok: PY-DJANGO-HSTS
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool('DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS', default=True)  # ok: PY-DJANGO-HSTS
