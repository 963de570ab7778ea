# assay-fixture: path=shop/settings.py
from django.utils.translation import gettext_lazy as _

INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'django.contrib.sessions', 'shop.catalog']
SESSION_COOKIE_AGE = 60 * 60 * 24 * 14  # ok: PY-DJANGO-SESSION-AGE
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
