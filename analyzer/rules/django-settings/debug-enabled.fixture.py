# assay-fixture: path=shop/settings.py
"""
Django settings for the shop project, as startproject wrote them and nobody changed them.
"""
from pathlib import Path

from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = 'django-insecure-0b9$y1x^t@3h6kzq!w2e8r7u5i4o0p9l8k7j6h5g4f3d2s1a0z'

DEBUG = True  # expect: PY-DJANGO-DEBUG
TEMPLATE_DEBUG = DEBUG  # ok: PY-DJANGO-DEBUG

ALLOWED_HOSTS = ['shop.example.com']

INSTALLED_APPS = [
    'django.contrib.admin',
    'django.contrib.auth',
    'django.contrib.contenttypes',
    'django.contrib.sessions',
    'django.contrib.messages',
    'django.contrib.staticfiles',
    'shop.catalog',
]

MIDDLEWARE = [
    'django.middleware.security.SecurityMiddleware',
    'django.contrib.sessions.middleware.SessionMiddleware',
    'django.middleware.common.CommonMiddleware',
    'django.middleware.csrf.CsrfViewMiddleware',
    'django.contrib.auth.middleware.AuthenticationMiddleware',
    'django.contrib.messages.middleware.MessageMiddleware',
    'django.middleware.clickjacking.XFrameOptionsMiddleware',
]

ROOT_URLCONF = 'shop.urls'
LANGUAGES = [('en', _('English'))]
