import hashlib
import hmac
import os

from cryptography.fernet import Fernet
from itsdangerous import URLSafeTimedSerializer
from Crypto.Cipher import AES

FIELD_KEY = b"tY3x8J2kq7M1sV9zL4wR6nB0cE5dF2gH1jK8lP3oQ6U="
ENCRYPTION_KEY = "9c4f1e7a2b8d3f6a0e5c7b1d4f8a2e6c"
WEBHOOK_SIGNING_KEY = b"Zq8vN3xR1tY6uW0pL5kJ9hG2fD7sA4mB"


def encrypt_ssn(ssn):
    return Fernet(FIELD_KEY).encrypt(ssn.encode())  # expect: PY-CRYPTO-HARDCODED-KEY


def sign_webhook(body):
    return hmac.new(b"shop-webhook-signing", body, hashlib.sha256).hexdigest()  # expect: PY-CRYPTO-HARDCODED-KEY


def unsubscribe_token(email):
    return URLSafeTimedSerializer("newsletter-salt-2021").dumps(email)  # expect: PY-CRYPTO-HARDCODED-KEY


def encrypt_card(data):
    return AES.new(b"0123456789abcdef", AES.MODE_GCM).encrypt_and_digest(data)  # expect: PY-CRYPTO-HARDCODED-KEY


def encrypt_with_named_key(data):
    return AES.new(ENCRYPTION_KEY.encode(), AES.MODE_GCM).encrypt_and_digest(data)  # ok: PY-CRYPTO-HARDCODED-KEY


def sign_callback(body):
    return hmac.new(WEBHOOK_SIGNING_KEY, body, hashlib.sha256).hexdigest()  # ok: PY-CRYPTO-HARDCODED-KEY


def encrypt_with_literal_text(data):
    return AES.new("shop-aes-key-128".encode(), AES.MODE_GCM).encrypt_and_digest(data)  # expect: PY-CRYPTO-HARDCODED-KEY


def encrypt_from_env(ssn):
    return Fernet(os.environ["FIELD_ENCRYPTION_KEY"]).encrypt(ssn.encode())  # ok: PY-CRYPTO-HARDCODED-KEY


def verify_webhook(body, signature, secret):
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()  # ok: PY-CRYPTO-HARDCODED-KEY
    return hmac.compare_digest(expected, signature)
