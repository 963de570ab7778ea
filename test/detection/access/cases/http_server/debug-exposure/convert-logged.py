import logging
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .convert import to_pdf


class ConvertHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        data = self.rfile.read(int(self.headers["Content-Length"]))
        try:
            pdf = to_pdf(data)
            self.send_response(200)
            self.send_header("Content-Type", "application/pdf")
            self.end_headers()
            self.wfile.write(pdf)
        except Exception:
            logging.exception("conversion failed")
            self.send_error(500, "conversion failed")


ThreadingHTTPServer(("", 9000), ConvertHandler).serve_forever()
