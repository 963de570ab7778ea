import sqlite3
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs


class GuestbookHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        fields = parse_qs(self.rfile.read(length).decode("utf-8"))
        author = fields.get("author", ["anonymous"])[0]
        message = fields.get("message", [""])[0]
        db = sqlite3.connect("guestbook.db")
        db.executescript("INSERT INTO entries (author, message) VALUES ('" + author + "', '" + message + "');")
        db.close()
        self.send_response(303)
        self.send_header("Location", "/")
        self.end_headers()


ThreadingHTTPServer(("", 8000), GuestbookHandler).serve_forever()
