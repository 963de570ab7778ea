# assay-fixture: path=shop/settings.py
from django.utils.translation import gettext_lazy as _

INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'django.contrib.sessions', 'shop.catalog']
MIDDLEWARE = ['django.contrib.sessions.middleware.SessionMiddleware', 'django.middleware.csrf.CsrfViewMiddleware']
# The token lives in the session, so the CSRF cookie is never set.
CSRF_USE_SESSIONS = True
CSRF_COOKIE_SECURE = False  # ok: PY-DJANGO-CSRF-COOKIE-SECURE
