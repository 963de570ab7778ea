# assay-fixture: path=shop/settings_production.py
from rest_framework.permissions import AllowAny

REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],  # ok: PY-AUTHZ-DRF-DEFAULT-ALLOWANY
}

PUBLIC_PERMISSIONS = [AllowAny]  # ok: PY-AUTHZ-DRF-DEFAULT-ALLOWANY
