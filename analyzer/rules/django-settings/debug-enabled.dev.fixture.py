# assay-fixture: path=shop/settings/dev.py
from django.core.management.utils import get_random_secret_key

from .base import *  # noqa: F401,F403

DEBUG = True  # ok: PY-DJANGO-DEBUG
SECRET_KEY = get_random_secret_key()
INSTALLED_APPS += ['debug_toolbar']  # noqa: F405
