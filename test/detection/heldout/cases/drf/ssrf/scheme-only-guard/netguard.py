from urllib.parse import urlparse


def is_public_http_url(url: str) -> bool:
    parts = urlparse(url)
    return parts.scheme in {"http", "https"} and bool(parts.hostname)
