from http.server import BaseHTTPRequestHandler, HTTPServer

from lxml import etree


class SoapHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
        envelope = etree.fromstring(body, parser)
        account = envelope.findtext(".//{urn:bank}account")
        reply = f"<Envelope><Body><Balance account='{account}'>0.00</Balance></Body></Envelope>".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/xml")
        self.end_headers()
        self.wfile.write(reply)


HTTPServer(("", 8443), SoapHandler).serve_forever()
