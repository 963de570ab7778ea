from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

import views

ROUTES = {"/search": views.search, "/health": views.health}


class Router(BaseHTTPRequestHandler):
    def do_GET(self):
        url = urlparse(self.path)
        view = ROUTES.get(url.path)
        if view is None:
            self.send_error(404)
            return
        status, body = view(parse_qs(url.query))
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)


HTTPServer(("", 8000), Router).serve_forever()
