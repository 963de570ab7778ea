# assay-fixture: path=shop/settings.py
from django.utils.translation import gettext_lazy as _

INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'shop.catalog']
SECURE_REFERRER_POLICY = ['origin', 'strict-origin-when-cross-origin']  # ok: PY-DJANGO-REFERRER-POLICY
