# assay-fixture: path=config/settings/base.py
"""Base settings to build other settings files upon."""
from pathlib import Path  # expect: PY-DJANGO-SESSION-COOKIE-SECURE

import environ
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve(strict=True).parent.parent.parent
env = environ.Env()

DJANGO_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
]
THIRD_PARTY_APPS = ["crispy_forms", "allauth", "rest_framework"]
LOCAL_APPS = ["shop.users"]
INSTALLED_APPS = DJANGO_APPS + THIRD_PARTY_APPS + LOCAL_APPS
