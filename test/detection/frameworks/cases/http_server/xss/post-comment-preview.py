from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs


class PreviewHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        data = parse_qs(self.rfile.read(int(self.headers.get("Content-Length", 0))).decode())
        comment = data.get("comment", [""])[0]
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(b"<h2>Preview</h2><div class='comment'>")
        self.wfile.write(comment.encode())
        self.wfile.write(b"</div>")


HTTPServer(("", 8000), PreviewHandler).serve_forever()
