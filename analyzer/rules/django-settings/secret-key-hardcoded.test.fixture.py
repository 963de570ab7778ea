# assay-fixture: path=tests/settings.py
from django.conf import global_settings

SECRET_KEY = 'not-a-secret-only-for-the-test-suite'  # ok: PY-DJANGO-SECRET-KEY
PASSWORD_HASHERS = ['django.contrib.auth.hashers.MD5PasswordHasher']
INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'tests']
