import hmac
import json
import os
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from gateway import settings_store

ADMIN_TOKEN = os.environ["GATEWAY_ADMIN_TOKEN"]


class GatewayHandler(BaseHTTPRequestHandler):
    def _authorized(self):
        header = self.headers.get("Authorization", "")
        return header.startswith("Bearer ") and hmac.compare_digest(header[7:], ADMIN_TOKEN)

    def _json(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if not self._authorized():
            self._json(401, {"error": "unauthorized"})
            return
        self._json(200, settings_store.load())

    def do_POST(self):
        if not self._authorized():
            self._json(401, {"error": "unauthorized"})
            return
        length = int(self.headers.get("Content-Length", "0"))
        update = json.loads(self.rfile.read(length))
        settings_store.save({**settings_store.load(), **update})
        self._json(200, {"saved": sorted(update)})


if __name__ == "__main__":
    ThreadingHTTPServer(("0.0.0.0", 8443), GatewayHandler).serve_forever()
