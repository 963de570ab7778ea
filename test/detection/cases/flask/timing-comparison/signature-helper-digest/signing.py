import hashlib
import hmac


def expected_signature(secret: bytes, payload: bytes) -> str:
    return hmac.new(secret, payload, hashlib.sha1).hexdigest()


def signature_ok(secret: bytes, payload: bytes, supplied: str) -> bool:
    return hmac.compare_digest(expected_signature(secret, payload), supplied)
