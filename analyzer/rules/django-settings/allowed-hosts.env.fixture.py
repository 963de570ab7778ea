# assay-fixture: path=mysite/settings.py
import os

from django.utils.translation import gettext_lazy as _

ALLOWED_HOSTS = os.environ.get('DJANGO_ALLOWED_HOSTS', '').split(',')  # ok: PY-DJANGO-ALLOWED-HOSTS
INSTALLED_APPS = ['django.contrib.contenttypes', 'django.contrib.auth', 'polls']
