import json
import sqlite3
from urllib.parse import parse_qs

__all__ = ["orders", "ping"]


def ping(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"pong"]


def orders(environ, start_response):
    status = parse_qs(environ.get("QUERY_STRING", "")).get("status", ["open"])[0]
    db = sqlite3.connect("shop.db")
    rows = db.execute("SELECT id, total FROM orders WHERE status = ?", (status,)).fetchall()
    start_response("200 OK", [("Content-Type", "application/json")])
    return [json.dumps(rows).encode()]
