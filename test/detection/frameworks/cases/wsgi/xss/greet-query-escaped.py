from html import escape
from urllib.parse import parse_qs


def application(environ, start_response):
    who = escape(parse_qs(environ.get("QUERY_STRING", "")).get("who", ["stranger"])[0], quote=True)
    start_response("200 OK", [("Content-Type", "text/html; charset=utf-8")])
    return [f"<html><body><p>Hi {who}, thanks for visiting.</p></body></html>".encode()]
