import json
import sqlite3
from http.server import BaseHTTPRequestHandler, HTTPServer


class TaskHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        parts = self.path.strip("/").split("/")
        if len(parts) != 2 or parts[0] != "tasks":
            self.send_error(404)
            return
        try:
            task_id = int(parts[1])
        except ValueError:
            self.send_error(400)
            return
        row = sqlite3.connect("tasks.db").execute(f"SELECT title, done FROM tasks WHERE id = {task_id}").fetchone()
        payload = json.dumps({"title": row[0], "done": bool(row[1])} if row else {}).encode()
        self.send_response(200 if row else 404)
        self.end_headers()
        self.wfile.write(payload)


HTTPServer(("127.0.0.1", 8081), TaskHandler).serve_forever()
