import json
import sqlite3
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

DB = "notes.db"


def user_for_token(token):
    with sqlite3.connect(DB) as conn:
        row = conn.execute("SELECT user_id FROM tokens WHERE token = ?", (token,)).fetchone()
    return row[0] if row else None


class NotesHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        token = self.headers.get("X-Api-Token", "")
        user_id = user_for_token(token)
        if user_id is None:
            self.send_error(401)
            return
        url = urlsplit(self.path)
        if url.path != "/note":
            self.send_error(404)
            return
        note_id = int(parse_qs(url.query)["id"][0])
        with sqlite3.connect(DB) as conn:
            row = conn.execute("SELECT title, body FROM notes WHERE id = ? AND user_id = ?", (note_id, user_id)).fetchone()
        if row is None:
            self.send_error(404)
            return
        body = json.dumps({"title": row[0], "body": row[1]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    ThreadingHTTPServer(("127.0.0.1", 8765), NotesHandler).serve_forever()
