import contextlib
import io
from http.server import BaseHTTPRequestHandler, HTTPServer


class DebugHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        code = self.rfile.read(int(self.headers["Content-Length"])).decode()
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            exec(code, {"server": self.server})
        self.send_response(200)
        self.end_headers()
        self.wfile.write(buf.getvalue().encode())


HTTPServer(("127.0.0.1", 8999), DebugHandler).serve_forever()
