# assay-fixture: path=api/settings.py
from django.utils.translation import gettext_lazy as _

INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'corsheaders', 'api.orders']
MIDDLEWARE = ['corsheaders.middleware.CorsMiddleware', 'django.middleware.common.CommonMiddleware']

CORS_ORIGIN_ALLOW_ALL = True  # expect: PY-CORS-DJANGO-ANY-ORIGIN
CORS_ALLOWED_ORIGIN_REGEXES = [
    r'^https://\w+\.example\.com$',  # ok: PY-CORS-DJANGO-ANY-ORIGIN
    r'^.*$',  # expect: PY-CORS-DJANGO-ANY-ORIGIN
]
CORS_ALLOW_CREDENTIALS = True
