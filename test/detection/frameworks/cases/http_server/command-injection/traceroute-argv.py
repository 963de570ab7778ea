import ipaddress
import subprocess
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlsplit


class DiagHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        params = parse_qs(urlsplit(self.path).query)
        try:
            target = str(ipaddress.ip_address(params.get("target", ["127.0.0.1"])[0]))
        except ValueError:
            self.send_error(400, "target must be an IP address")
            return
        proc = subprocess.run(["traceroute", "-m", "10", target], capture_output=True, timeout=30)
        self.send_response(200 if proc.returncode == 0 else 500)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(proc.stdout)


HTTPServer(("", 9000), DiagHandler).serve_forever()
