import ssl
import urllib.request

import httpx
import requests

INTERNAL_CA = "/etc/ssl/certs/internal-ca.pem"


def charge(payload):
    return requests.post("https://pay.example.com/charges", json=payload, verify=False, timeout=10)  # expect: PY-API-TLS-NO-VERIFY


def charge_internal(payload):
    return requests.post("https://pay.internal/charges", json=payload, verify=INTERNAL_CA, timeout=10)  # ok: PY-API-TLS-NO-VERIFY


def inventory_client():
    return httpx.Client(base_url="https://inventory.internal", verify=False)  # expect: PY-API-TLS-NO-VERIFY


def inventory_client_checked():
    return httpx.Client(base_url="https://inventory.internal", verify=True)  # ok: PY-API-TLS-NO-VERIFY


def legacy_session():
    session = requests.Session()
    session.verify = False  # expect: PY-API-TLS-NO-VERIFY
    return session


def fetch(url):
    context = ssl._create_unverified_context()  # expect: PY-API-TLS-NO-VERIFY
    return urllib.request.urlopen(url, context=context, timeout=5).read()


def fetch_lenient(url):
    context = ssl.create_default_context()  # ok: PY-API-TLS-NO-VERIFY
    context.check_hostname = False  # expect: PY-API-TLS-NO-VERIFY
    context.verify_mode = ssl.CERT_NONE  # expect: PY-API-TLS-NO-VERIFY
    return urllib.request.urlopen(url, context=context, timeout=5).read()


class Form:
    def __init__(self):
        self.verify = False  # ok: PY-API-TLS-NO-VERIFY
        self.check_hostname = False  # ok: PY-API-TLS-NO-VERIFY
