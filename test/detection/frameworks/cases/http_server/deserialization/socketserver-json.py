import json
import socketserver
import struct


class MetricsHandler(socketserver.BaseRequestHandler):
    def handle(self):
        header = self.request.recv(4)
        (size,) = struct.unpack("!I", header)
        payload = b""
        while len(payload) < size:
            payload += self.request.recv(size - len(payload))
        metrics = json.loads(payload)
        self.server.store.extend(metrics)
        self.request.sendall(b"OK")


class MetricsServer(socketserver.ThreadingTCPServer):
    def __init__(self, addr):
        super().__init__(addr, MetricsHandler)
        self.store = []


MetricsServer(("0.0.0.0", 2004)).serve_forever()
