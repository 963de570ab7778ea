import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse


class FetchHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        target = parse_qs(urlparse(self.path).query)["url"][0]
        with urllib.request.urlopen(target, timeout=5) as upstream:
            body = upstream.read()
            ctype = upstream.headers.get("Content-Type", "application/octet-stream")
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.end_headers()
        self.wfile.write(body)


HTTPServer(("", 8002), FetchHandler).serve_forever()
