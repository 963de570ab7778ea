# assay-fixture: path=shop/settings.py
import os

INSTALLED_APPS = ["django.contrib.auth", "rest_framework", "shop"]

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],  # ok: PY-AUTHZ-DRF-DEFAULT-ALLOWANY
    "DEFAULT_PERMISSION_CLASSES": [
        "rest_framework.permissions.AllowAny",  # expect: PY-AUTHZ-DRF-DEFAULT-ALLOWANY
    ],
    "DEFAULT_THROTTLE_RATES": {"anon": os.environ.get("ANON_RATE", "100/day")},
}
