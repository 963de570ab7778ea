import os

from cryptography.fernet import Fernet

_box = Fernet(os.environ["CHECKOUT_COOKIE_KEY"])


def stash_card(response, number: str, expiry: str) -> None:
    sealed = _box.encrypt(f"{number}|{expiry}".encode()).decode()
    response.set_cookie("co_card", sealed, max_age=900, secure=True, httponly=True)
