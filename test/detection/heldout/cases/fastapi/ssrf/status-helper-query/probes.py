import httpx


def fetch_status(url: str, timeout: float = 3.0) -> dict:
    response = httpx.get(url, timeout=timeout)
    return {"url": url, "status": response.status_code}
