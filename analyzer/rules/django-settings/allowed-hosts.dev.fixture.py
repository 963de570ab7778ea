# assay-fixture: path=mysite/settings/local.py
from .base import *  # noqa

ALLOWED_HOSTS = ['*']  # ok: PY-DJANGO-ALLOWED-HOSTS
