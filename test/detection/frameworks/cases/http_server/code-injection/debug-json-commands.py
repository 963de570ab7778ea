import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

COMMANDS = {
    "threads": lambda server: [t.name for t in threading.enumerate()],
    "address": lambda server: list(server.server_address),
}


class DebugHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        name = self.rfile.read(int(self.headers["Content-Length"])).decode().strip()
        command = COMMANDS.get(name)
        if command is None:
            self.send_error(400)
            return
        self.send_response(200)
        self.end_headers()
        self.wfile.write(json.dumps(command(self.server)).encode())


HTTPServer(("127.0.0.1", 8999), DebugHandler).serve_forever()
