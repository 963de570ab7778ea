# assay-fixture: path=mysite/settings.py
from pathlib import Path

from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False
ALLOWED_HOSTS = []  # expect: PY-DJANGO-ALLOWED-HOSTS
INSTALLED_APPS = ['django.contrib.contenttypes', 'django.contrib.auth', 'polls']
