# assay-fixture: path=shop/settings.py
from django.utils.translation import gettext_lazy as _

DEBUG = False
ALLOWED_HOSTS = ['shop.example.com']

INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'django.contrib.sessions', 'shop.catalog']

MIDDLEWARE = [
    'django.middleware.security.SecurityMiddleware',
    'django.contrib.sessions.middleware.SessionMiddleware',
    'django.middleware.csrf.CsrfViewMiddleware',
]

SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 30  # expect: PY-DJANGO-HSTS
SECURE_HSTS_INCLUDE_SUBDOMAINS = False  # expect: PY-DJANGO-HSTS
SECURE_HSTS_PRELOAD = True  # ok: PY-DJANGO-HSTS
