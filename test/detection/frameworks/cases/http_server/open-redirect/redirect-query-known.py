from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

PARTNERS = {"docs": "https://docs.example.com/", "status": "https://status.example.com/"}


class OutboundHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        url = urlparse(self.path)
        if url.path == "/out":
            key = parse_qs(url.query).get("to", [""])[0]
            self.send_response(302)
            self.send_header("Location", PARTNERS.get(key, "/"))
            self.end_headers()
        else:
            self.send_error(404)


HTTPServer(("", 8000), OutboundHandler).serve_forever()
