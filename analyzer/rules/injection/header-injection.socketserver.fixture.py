# assay-fixture: path=tools/redirector.py
import socketserver
from urllib.parse import quote, unquote


class Redirector(socketserver.StreamRequestHandler):
    """Writes the whole HTTP response itself: a header line built from the request is sent as given."""

    def handle(self):
        line = self.rfile.readline(8192).decode("latin-1").strip()
        target = unquote(line.split(" ")[1]) if line.count(" ") == 2 else "/"
        head = f"HTTP/1.1 302 Found\r\nLocation: https://shop.example.com{target}\r\nContent-Length: 0\r\n\r\n"
        self.wfile.write(head.encode("latin-1"))  # expect: PY-INJ-HEADER
        quoted = "HTTP/1.1 302 Found\r\nLocation: https://shop.example.com%s\r\n\r\n" % quote(target)
        self.wfile.write(quoted.encode("latin-1"))  # ok: PY-INJ-HEADER
        self.wfile.write(("Seen: " + target).encode())  # ok: PY-INJ-HEADER
