import json
import sqlite3
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import unquote


class ProjectHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        prefix = "/projects/"
        if not self.path.startswith(prefix):
            self.send_error(404)
            return
        key = unquote(self.path[len(prefix):])
        row = sqlite3.connect("tracker.db").execute(f"SELECT name, lead FROM projects WHERE key = '{key}'").fetchone()
        self.send_response(200 if row else 404)
        self.end_headers()
        self.wfile.write(json.dumps({"name": row[0], "lead": row[1]} if row else {}).encode())


HTTPServer(("127.0.0.1", 8081), ProjectHandler).serve_forever()
