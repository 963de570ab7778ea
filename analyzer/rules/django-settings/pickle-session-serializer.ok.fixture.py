# assay-fixture: path=shop/settings.py
from django.utils.translation import gettext_lazy as _

INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'django.contrib.sessions', 'shop.catalog']
SESSION_ENGINE = 'django.contrib.sessions.backends.cached_db'
SESSION_SERIALIZER = 'django.contrib.sessions.serializers.JSONSerializer'  # ok: PY-DJANGO-PICKLE-SESSIONS
