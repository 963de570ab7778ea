# assay-fixture: path=shop/settings.py
from django.utils.translation import gettext_lazy as _  # expect: PY-DJANGO-SESSION-COOKIE-SECURE

INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'django.contrib.sessions', 'shop.catalog']
