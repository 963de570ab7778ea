# assay-fixture: path=shop/settings.py
from django.utils.translation import gettext_lazy as _

INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'django.contrib.sessions', 'shop.catalog']
SESSION_ENGINE = 'django.contrib.sessions.backends.signed_cookies'
# The cart stores Decimal and datetime objects in the session.
SESSION_SERIALIZER = 'django.contrib.sessions.serializers.PickleSerializer'  # expect: PY-DJANGO-PICKLE-SESSIONS
