# assay-fixture: path=blog/settings.py
import os

from django.utils.translation import gettext_lazy as _

INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'blog.posts']

MIDDLEWARE = [  # ok: PY-DJANGO-SECURITY-MIDDLEWARE
    'django.middleware.common.CommonMiddleware',
    'django.middleware.csrf.CsrfViewMiddleware',
]
MIDDLEWARE.insert(0, 'django.middleware.security.SecurityMiddleware')

if os.environ.get('DJANGO_PROFILE'):
    MIDDLEWARE += ['silk.middleware.SilkyMiddleware']
