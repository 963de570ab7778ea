import os

import requests
from django.conf import settings

API_KEY = "6f5da2cec255404e4fb440034d6608697a8d41be"  # expect: PY-SECRET-TOKEN
AWS_SECRET_ACCESS_KEY = "1qtc4xatws8phP9nhFyJfm5di4PzJ59FHz5r1pY4"  # expect: PY-SECRET-TOKEN
MAILCHIMP_API_KEY = os.environ.get("MAILCHIMP_API_KEY")  # ok: PY-SECRET-TOKEN
CACHE_KEY = "catalog:v2:featured-products-2024"  # ok: PY-SECRET-TOKEN
API_KEY_HEADER = "HTTP_X_API_KEY"  # ok: PY-SECRET-TOKEN
TOKEN_TYPE = "Bearer"  # ok: PY-SECRET-TOKEN
SENTRY_API_KEY = "your-sentry-api-key-here"  # ok: PY-SECRET-TOKEN
SECRET_KEY = "k3Jd9sLq0vXz7bN2mA5fR8tY1wE4uI6oP"  # ok: PY-SECRET-TOKEN
SOCIAL_AUTH_GITHUB_SECRET = "3b8e0c6a1f9d47e2b5a0c8d3e6f1a9b4c7d2e5f0"  # expect: PY-SECRET-TOKEN
OAUTH_CLIENT_SECRET = "shop-oauth-client-2024"  # expect: PY-SECRET-TOKEN
JWT_SECRET = "change-me"  # ok: PY-SECRET-TOKEN
RECAPTCHA_PUBLIC_KEY = "6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"  # ok: PY-SECRET-TOKEN


class PaymentGateway:
    client_secret = "pk9Vq2Lw7Xz4Nc1Rb8Ty5Hs3"  # expect: PY-SECRET-TOKEN
    auth_token_ttl = 3600  # ok: PY-SECRET-TOKEN

    def charge(self, amount):
        return requests.post(
            "https://api.pay.example/charges",
            json={"amount": amount},
            headers={"Authorization": "Bearer " + settings.PAY_TOKEN},  # ok: PY-SECRET-TOKEN
            timeout=10,
        )


def webhook_client():
    return requests.Session(), {"webhook_secret": "a9F3kL8qZ2xW7vB4nM6tR1yU"}  # expect: PY-SECRET-TOKEN


def lookup(cache, user_id):
    session_key = "user-session-%s" % user_id  # ok: PY-SECRET-TOKEN
    return cache.get(session_key)
