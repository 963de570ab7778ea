# assay-fixture: path=shop/settings/production.py
import os

from django.utils.translation import gettext_lazy as _

INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'django.contrib.sessions', 'shop.catalog']
SESSION_COOKIE_SECURE = os.environ.get('HTTPS', 'on') == 'on'  # ok: PY-DJANGO-SESSION-COOKIE-SECURE
CSRF_COOKIE_SECURE = True
