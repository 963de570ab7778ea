import os

import ldap
import psycopg2


def connect():
    psycopg2.connect(host="db.internal", user="app", dbname="shop")  # hotspot: PY-AUTH-CONNECTION-NO-PASSWORD
    psycopg2.connect(host="db.internal", user="app", dbname="shop", password=os.environ["DB_PASSWORD"])  # ok: PY-AUTH-CONNECTION-NO-PASSWORD
    psycopg2.connect(os.environ["DATABASE_URL"])  # ok: PY-AUTH-CONNECTION-NO-PASSWORD


def directory(dn):
    conn = ldap.initialize("ldaps://ldap.example.com")
    conn.simple_bind_s(dn, "")  # hotspot: PY-AUTH-CONNECTION-NO-PASSWORD
    conn.simple_bind_s(dn, os.environ["LDAP_PASSWORD"])  # ok: PY-AUTH-CONNECTION-NO-PASSWORD


DATABASES = {
    "default": {"ENGINE": "django.db.backends.postgresql", "NAME": "shop", "HOST": "db.internal"},  # hotspot: PY-AUTH-CONNECTION-NO-PASSWORD
    "local": {"ENGINE": "django.db.backends.sqlite3", "NAME": "db.sqlite3"},  # ok: PY-AUTH-CONNECTION-NO-PASSWORD
}
