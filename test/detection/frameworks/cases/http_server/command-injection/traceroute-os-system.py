import os
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlsplit


class DiagHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        params = parse_qs(urlsplit(self.path).query)
        target = params.get("target", ["localhost"])[0]
        status = os.system(f"traceroute -m 10 {target} > /tmp/trace.txt 2>&1")
        with open("/tmp/trace.txt", "rb") as fh:
            output = fh.read()
        self.send_response(200 if status == 0 else 500)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(output)


HTTPServer(("", 9000), DiagHandler).serve_forever()
