# assay-fixture: path=api/settings.py
from django.utils.translation import gettext_lazy as _

INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'corsheaders', 'api.orders']
# A public, read-only catalogue API: any origin, but never with cookies.
CORS_ALLOW_ALL_ORIGINS = True  # ok: PY-CORS-DJANGO-ANY-ORIGIN
CORS_ALLOW_CREDENTIALS = False
