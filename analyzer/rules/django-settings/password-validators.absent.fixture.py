# assay-fixture: path=shop/settings.py
from django.utils.translation import gettext_lazy as _

DEBUG = False
INSTALLED_APPS = [  # expect: PY-DJANGO-PASSWORD-VALIDATORS
    'django.contrib.admin',
    'django.contrib.auth',
    'django.contrib.contenttypes',
    'shop.catalog',
]
