import os

SECRET_KEY = os.environ["SECRET_KEY"]
DEBUG = False
INSTALLED_APPS = ["django.contrib.auth", "django.contrib.contenttypes", "rest_framework", "api"]
REST_FRAMEWORK = {
    "EXCEPTION_HANDLER": "api.handlers.logged_exception_handler",
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
}
