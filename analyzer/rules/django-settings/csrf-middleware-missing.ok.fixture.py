# assay-fixture: path=api/settings.py
from django.utils.translation import gettext_lazy as _

INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'api.orders']

MIDDLEWARE = [  # ok: PY-DJANGO-CSRF-MIDDLEWARE
    'django.middleware.security.SecurityMiddleware',
    'django.contrib.sessions.middleware.SessionMiddleware',
    'api.middleware.HeaderAwareCsrfViewMiddleware',
    'django.contrib.auth.middleware.AuthenticationMiddleware',
]
