import requests


def download_image(url, max_bytes=2_000_000):
    resp = requests.get(url, timeout=10, stream=True)
    resp.raise_for_status()
    return resp.raw.read(max_bytes)
