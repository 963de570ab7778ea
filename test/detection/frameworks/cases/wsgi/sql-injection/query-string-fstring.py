import json
import sqlite3
from urllib.parse import parse_qs


def application(environ, start_response):
    params = parse_qs(environ.get("QUERY_STRING", ""))
    country = params.get("country", ["US"])[0]
    conn = sqlite3.connect("geo.db")
    rows = conn.execute(f"SELECT name, population FROM cities WHERE country = '{country}' ORDER BY population DESC").fetchall()
    conn.close()
    body = json.dumps([{"name": n, "population": p} for n, p in rows]).encode()
    start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
    return [body]


if __name__ == "__main__":
    from wsgiref.simple_server import make_server

    make_server("", 8000, application).serve_forever()
