import os

import psycopg2
from django.contrib.auth import get_user_model
from django import forms

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop",
        "PASSWORD": "Sup3rS3cret!",  # expect: PY-SECRET-PASSWORD
        "HOST": "db.internal",
    },
    "replica": {
        "ENGINE": "django.db.backends.postgresql",
        "PASSWORD": os.environ["REPLICA_DB_PASSWORD"],  # ok: PY-SECRET-PASSWORD
    },
    "analytics": {
        "PASSWORD": "",  # ok: PY-SECRET-PASSWORD
    },
}

EMAIL_HOST_PASSWORD = "mailgun-2024-pw"  # expect: PY-SECRET-PASSWORD
EMAIL_HOST_PASSWORD_ENV = "EMAIL_HOST_PASSWORD"  # ok: PY-SECRET-PASSWORD
PASSWORD_RESET_TIMEOUT = 259200  # ok: PY-SECRET-PASSWORD
PASSWORD_FIELD = "password"  # ok: PY-SECRET-PASSWORD
LDAP_BIND_PASSWORD = "<ldap-bind-password>"  # ok: PY-SECRET-PASSWORD
REDIS_PASSWORD = os.environ.get("REDIS_PASSWORD", "")  # ok: PY-SECRET-PASSWORD
SMTP_PASSWORD = "changeme"  # ok: PY-SECRET-PASSWORD
SMTP_PASSWORD_MASK = "********"  # ok: PY-SECRET-PASSWORD
INVALID_PASSWORD = "28P01"  # ok: PY-SECRET-PASSWORD
ADMIN_PASSWORD = "${ADMIN_PASSWORD}"  # ok: PY-SECRET-PASSWORD


def connect():
    return psycopg2.connect(host="db.internal", user="report", password="r3port!ng")  # expect: PY-SECRET-PASSWORD


def connect_from_env():
    return psycopg2.connect(host="db.internal", user="report", password=os.environ["REPORT_PW"])  # ok: PY-SECRET-PASSWORD


def make_admin(username, password="admin123"):  # expect: PY-SECRET-PASSWORD
    return get_user_model().objects.create_superuser(username, "admin@example.com", password)


def is_maintenance_login(username, password):
    return username == "ops" and password == "letmein-2023"  # expect: PY-SECRET-PASSWORD


class LoginForm(forms.Form):
    username = forms.CharField(max_length=150)
    password = forms.CharField(widget=forms.PasswordInput, label="Password")  # ok: PY-SECRET-PASSWORD
    error_messages = {"password": "Enter the password you chose at sign-up."}  # ok: PY-SECRET-PASSWORD


class ServiceClient:
    def __init__(self):
        self.api_password = "svc-" "pa55word"  # expect: PY-SECRET-PASSWORD
        self.password_hint = "Your pet's name"  # ok: PY-SECRET-PASSWORD


def login_view(request):
    password = request.POST.get("password", "")  # ok: PY-SECRET-PASSWORD
    return password
