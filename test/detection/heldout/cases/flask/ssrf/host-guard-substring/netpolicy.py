ALLOWED_HOSTS = {"images.example-cdn.com", "static.example-cdn.com"}


def is_allowed_url(url: str) -> bool:
    return url.startswith("https://") and any(host in url for host in ALLOWED_HOSTS)
