PARTNER_API_KEY = "ptnr_5b7c9d1e3f5a7b9c1d3e5f7a"
REST_FRAMEWORK = {"DEFAULT_AUTHENTICATION_CLASSES": ["project.auth.PartnerKeyAuthentication"]}
