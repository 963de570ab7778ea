import httpx
import requests
from requests import post

INVENTORY_URL = "https://inventory.internal"
DEFAULT_HTTP = {"timeout": 10}


def stock(sku):
    return requests.get(f"{INVENTORY_URL}/stock/{sku}").json()  # expect: PY-API-REQUEST-NO-TIMEOUT


def reserve(sku, qty):
    return post(f"{INVENTORY_URL}/reserve", json={"sku": sku, "qty": qty})  # expect: PY-API-REQUEST-NO-TIMEOUT


def release(sku):
    return requests.delete(f"{INVENTORY_URL}/reserve/{sku}", timeout=None)  # expect: PY-API-REQUEST-NO-TIMEOUT


def stock_with_timeout(sku):
    return requests.get(f"{INVENTORY_URL}/stock/{sku}", timeout=(3.05, 10)).json()  # ok: PY-API-REQUEST-NO-TIMEOUT


def stock_with_defaults(sku):
    return requests.get(f"{INVENTORY_URL}/stock/{sku}", **DEFAULT_HTTP).json()  # ok: PY-API-REQUEST-NO-TIMEOUT


def stock_httpx(sku):
    return httpx.get(f"{INVENTORY_URL}/stock/{sku}").json()  # ok: PY-API-REQUEST-NO-TIMEOUT
