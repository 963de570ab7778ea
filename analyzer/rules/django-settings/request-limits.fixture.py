# assay-fixture: path=shop/settings.py
from django.utils.translation import gettext_lazy as _

INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'shop.catalog']

# The bulk price editor posts every product of a category in one form.
DATA_UPLOAD_MAX_NUMBER_FIELDS = None  # expect: PY-DJANGO-REQUEST-LIMITS
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024  # ok: PY-DJANGO-REQUEST-LIMITS
DATA_UPLOAD_MAX_NUMBER_FILES = None  # expect: PY-DJANGO-REQUEST-LIMITS
FILE_UPLOAD_MAX_MEMORY_SIZE = None  # ok: PY-DJANGO-REQUEST-LIMITS
