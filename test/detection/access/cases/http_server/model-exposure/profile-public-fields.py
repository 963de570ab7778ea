import json
import sqlite3
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

from .sessions import user_for_cookie

db = sqlite3.connect("app.db", check_same_thread=False)
db.row_factory = sqlite3.Row


class ProfileHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        if user_for_cookie(self.headers.get("Cookie")) is None:
            self.send_error(401)
            return
        name = parse_qs(urlparse(self.path).query).get("username", [""])[0]
        row = db.execute("SELECT * FROM users WHERE username = ?", (name,)).fetchone()
        if row is None:
            self.send_error(404)
            return
        body = json.dumps({"id": row["id"], "username": row["username"], "display_name": row["display_name"]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)


HTTPServer(("", 8000), ProfileHandler).serve_forever()
