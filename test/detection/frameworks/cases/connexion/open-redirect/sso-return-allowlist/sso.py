from urllib.parse import urlsplit

from flask import redirect

TRUSTED = {"app.example.com", "admin.example.com"}


def complete(return_url):
    parts = urlsplit(return_url)
    if parts.scheme != "https" or parts.hostname not in TRUSTED:
        return_url = "https://app.example.com/"
    return redirect(return_url, code=302)
