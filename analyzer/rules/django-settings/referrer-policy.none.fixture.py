# assay-fixture: path=shop/settings.py
from django.utils.translation import gettext_lazy as _

INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'shop.catalog']
SECURE_REFERRER_POLICY = None  # expect: PY-DJANGO-REFERRER-POLICY
