# assay-fixture: path=shop/settings.py
from django.utils.translation import gettext_lazy as _

INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'shop.catalog']
SECURE_CROSS_ORIGIN_OPENER_POLICY = 'same-origin-allow-popup'  # expect: PY-DJANGO-COOP
