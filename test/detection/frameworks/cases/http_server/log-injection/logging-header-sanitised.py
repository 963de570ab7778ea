import logging
import re
from http.server import BaseHTTPRequestHandler, HTTPServer

logging.basicConfig(filename="/var/log/intranet.log", level=logging.INFO)
CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class IntranetHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        user = CONTROL.sub("?", self.headers.get("X-Forwarded-User", "-"))
        page = CONTROL.sub("?", self.path)
        logging.info("page %s viewed by %s", page, user)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"ok")


HTTPServer(("", 8000), IntranetHandler).serve_forever()
