from http.server import BaseHTTPRequestHandler, HTTPServer

from jinja2 import Template


class RenderHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        source = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
        out = Template(source).render(now="2024-01-01", host=self.headers.get("Host"))
        self.send_response(200)
        self.end_headers()
        self.wfile.write(out.encode())


HTTPServer(("", 8003), RenderHandler).serve_forever()
