# assay-fixture: path=blog/settings/local.py
from .base import *  # noqa: F401,F403

DEBUG = True
INSTALLED_APPS = ["django.contrib.auth", "debug_toolbar", "blog"]  # ok: PY-DEBUG-TOOLBAR
MIDDLEWARE = ["debug_toolbar.middleware.DebugToolbarMiddleware"]
DEBUG_TOOLBAR_CONFIG = {"SHOW_TOOLBAR_CALLBACK": lambda request: True}  # ok: PY-DEBUG-TOOLBAR
