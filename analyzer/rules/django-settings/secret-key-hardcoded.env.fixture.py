# assay-fixture: path=config/settings/production.py
import environ
from django.core.exceptions import ImproperlyConfigured

env = environ.Env()

SECRET_KEY = env('DJANGO_SECRET_KEY')  # ok: PY-DJANGO-SECRET-KEY
SECRET_KEY_FALLBACKS = env.list('DJANGO_SECRET_KEY_FALLBACKS', default=[])  # ok: PY-DJANGO-SECRET-KEY
