import json
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .accounts import check_password, new_session


class AuthHandler(BaseHTTPRequestHandler):
    def _json(self, status, payload):
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        if self.path != "/login":
            return self._json(404, {"error": "not found"})
        length = int(self.headers.get("Content-Length", 0))
        creds = json.loads(self.rfile.read(length))
        if not check_password(creds.get("user", ""), creds.get("password", "")):
            return self._json(401, {"error": "invalid credentials"})
        return self._json(200, {"session": new_session(creds["user"])})


if __name__ == "__main__":
    ThreadingHTTPServer(("0.0.0.0", 8080), AuthHandler).serve_forever()
