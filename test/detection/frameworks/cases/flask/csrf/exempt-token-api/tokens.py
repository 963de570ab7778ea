import hashlib
import hmac

_TOKENS = {"3f9a": "billing-service"}


def lookup_token(raw):
    digest = hashlib.sha256(raw.encode()).hexdigest()[:4]
    for known, client in _TOKENS.items():
        if hmac.compare_digest(known, digest):
            return client
    return None
