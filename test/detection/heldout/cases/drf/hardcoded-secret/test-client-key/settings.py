import os

PARTNER_API_KEY = os.environ.get("PARTNER_API_KEY", "")
REST_FRAMEWORK = {"DEFAULT_AUTHENTICATION_CLASSES": ["project.auth.PartnerKeyAuthentication"]}
