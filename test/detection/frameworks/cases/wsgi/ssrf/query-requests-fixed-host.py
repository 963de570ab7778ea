import requests
from urllib.parse import parse_qs

API = "https://api.example.com/v2/users/{}"


def application(environ, start_response):
    try:
        user_id = int(parse_qs(environ.get("QUERY_STRING", "")).get("id", [""])[0])
    except ValueError:
        start_response("400 Bad Request", [("Content-Type", "text/plain")])
        return [b"id must be a number"]
    upstream = requests.get(API.format(user_id), timeout=5)
    start_response("200 OK", [("Content-Type", "application/json")])
    return [upstream.content]
