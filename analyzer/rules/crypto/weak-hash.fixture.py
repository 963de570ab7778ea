import hashlib


def cache_key(url):
    return hashlib.md5(url.encode()).hexdigest()  # hotspot: PY-CRYPTO-WEAK-HASH


def etag(body):
    return hashlib.md5(body, usedforsecurity=False).hexdigest()  # ok: PY-CRYPTO-WEAK-HASH


def sign(secret, payload):
    return hashlib.new("sha1", secret + payload).hexdigest()  # hotspot: PY-CRYPTO-WEAK-HASH


def set_password(user, password):
    user.hash = hashlib.md5(password.encode()).hexdigest()  # ok: PY-CRYPTO-WEAK-HASH


def digest(data):
    return hashlib.sha256(data).hexdigest()  # ok: PY-CRYPTO-WEAK-HASH
