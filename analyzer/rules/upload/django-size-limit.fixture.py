# assay-fixture: path=shop/settings.py
import os

from django.utils.translation import gettext_lazy as _

INSTALLED_APPS = ["django.contrib.auth", "shop"]
MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
SECRET_KEY = os.environ["SECRET_KEY"]
DATA_UPLOAD_MAX_MEMORY_SIZE = 512 * 1024 * 1024  # expect: PY-UPLOAD-DJANGO-SIZE-LIMIT
FILE_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024  # ok: PY-UPLOAD-DJANGO-SIZE-LIMIT
DATA_UPLOAD_MAX_NUMBER_FILES = 20
