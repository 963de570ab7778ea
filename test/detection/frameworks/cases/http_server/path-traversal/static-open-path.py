import mimetypes
import os
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import unquote, urlsplit

WEB_ROOT = "/srv/www"


class StaticHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        rel = unquote(urlsplit(self.path).path).lstrip("/") or "index.html"
        path = os.path.join(WEB_ROOT, rel)
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", mimetypes.guess_type(path)[0] or "application/octet-stream")
        self.end_headers()
        self.wfile.write(data)


HTTPServer(("", 8000), StaticHandler).serve_forever()
