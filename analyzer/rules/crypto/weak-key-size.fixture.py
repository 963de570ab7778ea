import rsa as pyrsa
from Crypto.PublicKey import RSA
from cryptography.hazmat.primitives.asymmetric import ec, rsa

LEGACY_KEY_BITS = 1024


def signing_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)  # expect: PY-CRYPTO-WEAK-KEY-SIZE


def device_key():
    return RSA.generate(LEGACY_KEY_BITS)  # expect: PY-CRYPTO-WEAK-KEY-SIZE


def license_keys():
    return pyrsa.newkeys(512)  # expect: PY-CRYPTO-WEAK-KEY-SIZE


def iot_key():
    return ec.generate_private_key(ec.SECP192R1())  # expect: PY-CRYPTO-WEAK-KEY-SIZE


def jwt_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)  # ok: PY-CRYPTO-WEAK-KEY-SIZE


def server_key():
    return RSA.generate(2048)  # ok: PY-CRYPTO-WEAK-KEY-SIZE


def session_key():
    return ec.generate_private_key(ec.SECP256R1())  # ok: PY-CRYPTO-WEAK-KEY-SIZE


def configured_key(bits):
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)  # ok: PY-CRYPTO-WEAK-KEY-SIZE
