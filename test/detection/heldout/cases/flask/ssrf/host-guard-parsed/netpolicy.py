from urllib.parse import urlparse

ALLOWED_HOSTS = {"images.example-cdn.com", "static.example-cdn.com"}


def is_allowed_url(url: str) -> bool:
    parts = urlparse(url)
    return parts.scheme == "https" and parts.hostname in ALLOWED_HOSTS
