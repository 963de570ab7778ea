# assay-fixture: path=django/conf/global_settings.py
"""
Default Django settings. Override these with settings in the module pointed to
by the DJANGO_SETTINGS_MODULE environment variable.
"""
from django.utils.translation import gettext_lazy as _

DEBUG = False
ALLOWED_HOSTS = []  # ok: PY-DJANGO-ALLOWED-HOSTS
INSTALLED_APPS = []
