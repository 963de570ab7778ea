import requests
from urllib.parse import parse_qs


def application(environ, start_response):
    url = parse_qs(environ.get("QUERY_STRING", "")).get("url", [""])[0]
    upstream = requests.get(url, timeout=5)
    start_response(f"{upstream.status_code} OK", [("Content-Type", upstream.headers.get("Content-Type", "text/plain"))])
    return [upstream.content]
