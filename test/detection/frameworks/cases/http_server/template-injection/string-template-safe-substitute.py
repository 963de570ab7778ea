import json
from http.server import BaseHTTPRequestHandler, HTTPServer
from string import Template

GREETING = Template("Hello $name, your order $order has shipped.")


class RenderHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        values = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
        out = GREETING.safe_substitute(name=str(values.get("name", "")), order=str(values.get("order", "")))
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(out.encode())


HTTPServer(("", 8003), RenderHandler).serve_forever()
