import os
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import unquote

DROP_DIR = "/srv/dropbox"


class DropHandler(BaseHTTPRequestHandler):
    def do_PUT(self):
        name = unquote(self.path.lstrip("/"))
        length = int(self.headers["Content-Length"])
        with open(os.path.join(DROP_DIR, name), "wb") as out:
            out.write(self.rfile.read(length))
        self.send_response(201)
        self.end_headers()


HTTPServer(("", 8001), DropHandler).serve_forever()
