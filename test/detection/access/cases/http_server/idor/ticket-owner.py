import json
import re
import sqlite3
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .sessions import user_for_cookie

db = sqlite3.connect("support.db", check_same_thread=False)


class TicketHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        user = user_for_cookie(self.headers.get("Cookie"))
        if user is None:
            self.send_error(401)
            return
        match = re.fullmatch(r"/tickets/(\d+)", self.path)
        if not match:
            self.send_error(404)
            return
        ticket_id = int(match.group(1))
        row = db.execute("SELECT id, subject, body FROM tickets WHERE id = ? AND customer_id = ?", (ticket_id, user["id"])).fetchone()
        if row is None:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps({"id": row[0], "subject": row[1], "body": row[2]}).encode())


ThreadingHTTPServer(("", 8000), TicketHandler).serve_forever()
