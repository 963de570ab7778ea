import socketserver
from urllib.parse import unquote

MOVED_PREFIX = "/shop/"


class MovedHandler(socketserver.StreamRequestHandler):
    def handle(self):
        request_line = self.rfile.readline(8192).decode("latin-1").strip()
        try:
            _method, target, _version = request_line.split(" ", 2)
        except ValueError:
            return
        while self.rfile.readline(8192) not in (b"\r\n", b"\n", b""):
            pass
        path = unquote(target)
        if path.startswith(MOVED_PREFIX):
            location = "https://store.example.com/" + path[len(MOVED_PREFIX):]
            head = f"HTTP/1.1 301 Moved Permanently\r\nLocation: {location}\r\nContent-Length: 0\r\n\r\n"
        else:
            head = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"
        self.wfile.write(head.encode("latin-1"))


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("", 8080), MovedHandler) as server:
        server.serve_forever()
