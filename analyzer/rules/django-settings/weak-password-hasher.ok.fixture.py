# assay-fixture: path=shop/settings.py
from django.utils.translation import gettext_lazy as _

INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'shop.catalog']

PASSWORD_HASHERS = [
    'django.contrib.auth.hashers.Argon2PasswordHasher',  # ok: PY-DJANGO-WEAK-PASSWORD-HASHER
    'django.contrib.auth.hashers.PBKDF2PasswordHasher',
    # Kept only so that the legacy MD5 hashes can still be verified and upgraded.
    'django.contrib.auth.hashers.MD5PasswordHasher',  # ok: PY-DJANGO-WEAK-PASSWORD-HASHER
]
