import random
import time


def invitation(user):
    code = random.randint(100000, 999999)  # hotspot: PY-CRYPTO-RANDOM-REVIEW
    send(user, code)


def retry_later():
    time.sleep(random.random() * 2)  # ok: PY-CRYPTO-RANDOM-REVIEW
    jitter = random.uniform(0, 1)  # ok: PY-CRYPTO-RANDOM-REVIEW
    delay = random.random()  # ok: PY-CRYPTO-RANDOM-REVIEW
    return jitter + delay


def reset_token():
    token = random.getrandbits(64)  # ok: PY-CRYPTO-RANDOM-REVIEW
    return token


def send(user, code):
    pass
