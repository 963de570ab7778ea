import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]
PASSWORD_RESET_URL_NAME = "account_set_password"
PASSWORD_RESET_TIMEOUT = 3600
LOGIN_TOKEN_TEMPLATE = "emails/login_token.txt"
EMAIL_HOST_PASSWORD = os.environ.get("SMTP_PASSWORD", "")
