import json
import sqlite3
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse


class InventoryHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        url = urlparse(self.path)
        if url.path != "/parts":
            self.send_error(404)
            return
        sku = parse_qs(url.query).get("sku", [""])[0]
        with sqlite3.connect("inventory.db") as db:
            rows = db.execute("SELECT sku, name, qty FROM parts WHERE sku LIKE ?", (sku + "%",)).fetchall()
        body = json.dumps([{"sku": s, "name": n, "qty": q} for s, n, q in rows]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    HTTPServer(("0.0.0.0", 8080), InventoryHandler).serve_forever()
