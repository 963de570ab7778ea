# assay-fixture: path=shop/settings.py
from django.utils.translation import gettext_lazy as _

INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'shop.catalog']

MIDDLEWARE = [  # ok: PY-DJANGO-CLICKJACKING
    'django.middleware.security.SecurityMiddleware',
    'django.middleware.csrf.CsrfViewMiddleware',
    'django.middleware.clickjacking.XFrameOptionsMiddleware',
]

# The storefront is embedded by the partner portal.
X_FRAME_OPTIONS = 'SAMEORIGIN'  # expect: PY-DJANGO-CLICKJACKING
