from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse


class ThemeHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        theme = parse_qs(urlparse(self.path).query).get("theme", ["light"])[0]
        self.send_response(204)
        self.send_header("Set-Cookie", f"theme={theme}; Path=/; Max-Age=31536000")
        self.end_headers()


HTTPServer(("", 8000), ThemeHandler).serve_forever()
