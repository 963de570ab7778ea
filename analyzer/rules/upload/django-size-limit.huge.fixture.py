# assay-fixture: path=site/settings.py
from django.utils.translation import gettext_lazy as _

INSTALLED_APPS = ["django.contrib.auth", "site"]
FILE_UPLOAD_MAX_MEMORY_SIZE = 2048 * 1024 * 1024  # expect: PY-UPLOAD-DJANGO-SIZE-LIMIT
DATA_UPLOAD_MAX_MEMORY_SIZE = None  # ok: PY-UPLOAD-DJANGO-SIZE-LIMIT
