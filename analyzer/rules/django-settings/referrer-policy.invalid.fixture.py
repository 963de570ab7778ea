# assay-fixture: path=shop/settings.py
from django.utils.translation import gettext_lazy as _

INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'shop.catalog']
SECURE_REFERRER_POLICY = 'same-origin, strict-orign'  # expect: PY-DJANGO-REFERRER-POLICY
