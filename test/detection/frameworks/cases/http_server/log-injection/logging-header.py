import logging
from http.server import BaseHTTPRequestHandler, HTTPServer

logging.basicConfig(filename="/var/log/intranet.log", level=logging.INFO)


class IntranetHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        user = self.headers.get("X-Forwarded-User", "-")
        logging.info("page %s viewed by %s", self.path, user)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"ok")


HTTPServer(("", 8000), IntranetHandler).serve_forever()
