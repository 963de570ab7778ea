# assay-fixture: path=shop/settings.py
from django.utils.translation import gettext_lazy as _

INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'django.contrib.sessions', 'shop.catalog']
ONE_DAY = 60 * 60 * 24
# "Remember me" for a year.
SESSION_COOKIE_AGE = ONE_DAY * 365  # expect: PY-DJANGO-SESSION-AGE
CSRF_COOKIE_AGE = ONE_DAY * 365  # ok: PY-DJANGO-SESSION-AGE
