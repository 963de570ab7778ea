import os
from urllib.parse import parse_qs

LOG_DIR = "/var/log/app/"


def application(environ, start_response):
    name = parse_qs(environ.get("QUERY_STRING", "")).get("file", ["app.log"])[0]
    if name not in os.listdir(LOG_DIR):
        start_response("404 Not Found", [("Content-Type", "text/plain")])
        return [b"no such log"]
    with open(LOG_DIR + name, "rb") as fh:
        tail = fh.read()[-65536:]
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [tail]
