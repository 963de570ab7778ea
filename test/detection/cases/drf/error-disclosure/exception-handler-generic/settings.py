REST_FRAMEWORK = {
    "EXCEPTION_HANDLER": "project.handlers.api_exception_handler",
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
}
