# assay-fixture: path=shop/settings.py
from django.utils.translation import gettext_lazy as _

INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'django.contrib.sessions', 'shop.catalog']
MIDDLEWARE = ['django.contrib.sessions.middleware.SessionMiddleware']
# The old jQuery cart reads the session id.
SESSION_COOKIE_HTTPONLY = False  # expect: PY-DJANGO-SESSION-COOKIE-HTTPONLY
CSRF_COOKIE_HTTPONLY = False  # ok: PY-DJANGO-SESSION-COOKIE-HTTPONLY
