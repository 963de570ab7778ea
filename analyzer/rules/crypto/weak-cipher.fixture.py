import os

from Crypto.Cipher import AES, ARC4, DES3
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_card_legacy(key, iv, data):
    cipher = DES3.new(key, DES3.MODE_CBC, iv)  # expect: PY-CRYPTO-WEAK-CIPHER
    return cipher.encrypt(data)


def obfuscate(key, data):
    return ARC4.new(key).encrypt(data)  # expect: PY-CRYPTO-WEAK-CIPHER


def encrypt_backup(key, iv, data):
    encryptor = Cipher(algorithms.TripleDES(key), modes.CBC(iv)).encryptor()  # expect: PY-CRYPTO-WEAK-CIPHER
    return encryptor.update(data) + encryptor.finalize()


def encrypt_stream(key, data):
    encryptor = Cipher(algorithms.ARC4(key), mode=None).encryptor()  # expect: PY-CRYPTO-WEAK-CIPHER
    return encryptor.update(data)


def encrypt_field(key, data):
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, None)  # ok: PY-CRYPTO-WEAK-CIPHER


def encrypt_file(key, iv, data):
    encryptor = Cipher(algorithms.AES(key), modes.CTR(iv)).encryptor()  # ok: PY-CRYPTO-WEAK-CIPHER
    return encryptor.update(data)


def encrypt_token(key, data):
    cipher = AES.new(key, AES.MODE_GCM)  # ok: PY-CRYPTO-WEAK-CIPHER
    return cipher.encrypt_and_digest(data)
