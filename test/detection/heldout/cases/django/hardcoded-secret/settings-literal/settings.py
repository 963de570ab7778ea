import os

SECRET_KEY = "p8#x2!kq9@v$3m7^w1z&e5r0t4y6u*ib-shop-prod"
DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]
PASSWORD_RESET_URL_NAME = "account_set_password"
PASSWORD_RESET_TIMEOUT = 3600
LOGIN_TOKEN_TEMPLATE = "emails/login_token.txt"
EMAIL_HOST_PASSWORD = os.environ.get("SMTP_PASSWORD", "")
