# assay-fixture: path=shop/settings.py
from django.utils.translation import gettext_lazy as _

INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'shop.catalog']
# The OAuth login pop-up must be able to talk back to its opener.
SECURE_CROSS_ORIGIN_OPENER_POLICY = 'same-origin-allow-popups'  # ok: PY-DJANGO-COOP
