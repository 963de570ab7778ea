# assay-fixture: path=shop/settings.py
from django.utils.translation import gettext_lazy as _

INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'shop.catalog']

# Imported users from the old PHP shop still log in with their MD5 hashes.
PASSWORD_HASHERS = [
    'django.contrib.auth.hashers.UnsaltedMD5PasswordHasher',  # expect: PY-DJANGO-WEAK-PASSWORD-HASHER
    'django.contrib.auth.hashers.PBKDF2PasswordHasher',  # ok: PY-DJANGO-WEAK-PASSWORD-HASHER
]
