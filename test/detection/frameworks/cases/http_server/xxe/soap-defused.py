from http.server import BaseHTTPRequestHandler, HTTPServer
from xml.sax.saxutils import quoteattr

from defusedxml import ElementTree


class SoapHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        envelope = ElementTree.fromstring(body)
        account = envelope.findtext(".//{urn:bank}account") or ""
        reply = f"<Envelope><Body><Balance account={quoteattr(account)}>0.00</Balance></Body></Envelope>".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/xml")
        self.end_headers()
        self.wfile.write(reply)


HTTPServer(("", 8443), SoapHandler).serve_forever()
