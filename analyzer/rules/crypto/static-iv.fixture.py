import os

from Crypto.Cipher import AES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

LEGACY_IV = b"0123456789abcdef"


def encrypt_note(key, data):
    encryptor = Cipher(algorithms.AES(key), modes.CBC(b"\x00" * 16)).encryptor()  # expect: PY-CRYPTO-STATIC-IV
    return encryptor.update(data) + encryptor.finalize()


def encrypt_legacy(key, data):
    return AES.new(key, AES.MODE_CBC, LEGACY_IV).encrypt(data)  # expect: PY-CRYPTO-STATIC-IV


def encrypt_stream(key, data):
    return AES.new(key, AES.MODE_CTR, nonce=b"shopnonce").encrypt(data)  # expect: PY-CRYPTO-STATIC-IV


def encrypt_fresh(key, data):
    iv = os.urandom(16)
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()  # ok: PY-CRYPTO-STATIC-IV
    return iv + encryptor.update(data) + encryptor.finalize()


def encrypt_gcm(key, data):
    cipher = AES.new(key, AES.MODE_GCM)  # ok: PY-CRYPTO-STATIC-IV
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ciphertext
