import random
import secrets
import string
import time
from random import choice, randint

from django.contrib.auth.hashers import make_password
from django.core.mail import send_mail

ALPHABET = string.ascii_letters + string.digits


def generate_reset_token():
    return "".join(random.choice(ALPHABET) for _ in range(32))  # expect: PY-CRYPTO-INSECURE-RANDOM


def generate_reset_token_safely():
    return secrets.token_urlsafe(32)  # ok: PY-CRYPTO-INSECURE-RANDOM


def send_login_code(user):
    otp = randint(100000, 999999)  # expect: PY-CRYPTO-INSECURE-RANDOM
    user.profile.otp = otp
    send_mail("Your code", f"Your login code is {otp}", None, [user.email])


def invite(user):
    invite_code = "".join(choice(string.ascii_uppercase) for _ in range(8))  # expect: PY-CRYPTO-INSECURE-RANDOM
    return invite_code


def reset_password(user):
    temporary = "".join(random.choices(ALPHABET, k=12))
    user.set_password(temporary)
    user.api_key = "%032x" % random.getrandbits(128)  # expect: PY-CRYPTO-INSECURE-RANDOM
    user.save()


def hash_with_salt(raw):
    salt = str(random.random())  # expect: PY-CRYPTO-INSECURE-RANDOM
    return make_password(raw, salt=salt)


def retry_with_backoff(call, attempts=5):
    for attempt in range(attempts):
        try:
            return call()
        except ConnectionError:
            delay = (2**attempt) + random.uniform(0, 1)  # ok: PY-CRYPTO-INSECURE-RANDOM
            time.sleep(delay)


def featured_products(products):
    picks = random.sample(list(products), 4)  # ok: PY-CRYPTO-INSECURE-RANDOM
    random.shuffle(picks)  # ok: PY-CRYPTO-INSECURE-RANDOM
    return picks


def order_number():
    order_id = random.randint(10000, 99999)  # ok: PY-CRYPTO-INSECURE-RANDOM
    token_length = random.randint(8, 12)  # ok: PY-CRYPTO-INSECURE-RANDOM
    return order_id, token_length


def new_session_id():
    rng = random.SystemRandom()
    return "".join(rng.choice(ALPHABET) for _ in range(40))  # ok: PY-CRYPTO-INSECURE-RANDOM
