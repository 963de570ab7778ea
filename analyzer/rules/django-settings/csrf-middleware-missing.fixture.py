# assay-fixture: path=api/settings.py
from django.utils.translation import gettext_lazy as _

DEBUG = False
ALLOWED_HOSTS = ['api.example.com']

INSTALLED_APPS = [
    'django.contrib.auth',
    'django.contrib.contenttypes',
    'django.contrib.sessions',
    'rest_framework',
    'api.orders',
]

MIDDLEWARE = [  # expect: PY-DJANGO-CSRF-MIDDLEWARE
    'django.middleware.security.SecurityMiddleware',
    'django.contrib.sessions.middleware.SessionMiddleware',
    'django.middleware.common.CommonMiddleware',
    'django.contrib.auth.middleware.AuthenticationMiddleware',
]
