from Crypto.Cipher import AES, DES
from Cryptodome.Cipher import AES as AES2
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt_ssn(key, data):
    return AES.new(key, AES.MODE_ECB).encrypt(data)  # expect: PY-CRYPTO-ECB-MODE


def encrypt_coupon(key, data):
    return AES2.new(key, mode=AES2.MODE_ECB).encrypt(data)  # expect: PY-CRYPTO-ECB-MODE


def encrypt_blob(key, data):
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()  # expect: PY-CRYPTO-ECB-MODE
    return encryptor.update(data) + encryptor.finalize()


def encrypt_gcm(key, data):
    cipher = AES.new(key, AES.MODE_GCM)  # ok: PY-CRYPTO-ECB-MODE
    return cipher.nonce, cipher.encrypt_and_digest(data)


def encrypt_cbc(key, iv, data):
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()  # ok: PY-CRYPTO-ECB-MODE
    return encryptor.update(data) + encryptor.finalize()


def encrypt_legacy_reference(key, data):
    # DES is reported by PY-CRYPTO-WEAK-CIPHER on this call; ECB is not reported a second time.
    return DES.new(key, DES.MODE_ECB).encrypt(data)  # ok: PY-CRYPTO-ECB-MODE
