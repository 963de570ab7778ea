import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

UPSTREAMS = {"weather": "https://api.weather.example.com/today", "fx": "https://rates.example.com/latest"}


class FetchHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        name = parse_qs(urlparse(self.path).query).get("source", [""])[0]
        target = UPSTREAMS.get(name)
        if target is None:
            self.send_error(404)
            return
        with urllib.request.urlopen(target, timeout=5) as upstream:
            body = upstream.read()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)


HTTPServer(("", 8002), FetchHandler).serve_forever()
