import json
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .store import devices, token_owner


class DeviceHandler(BaseHTTPRequestHandler):
    def do_PUT(self):
        owner = token_owner(self.headers.get("Authorization", ""))
        if owner is None:
            self.send_error(401)
            return
        device_id = self.path.rsplit("/", 1)[-1]
        device = devices.get(device_id)
        if device is None or device["owner"] != owner:
            self.send_error(404)
            return
        patch = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        for key in ("label", "location"):
            if key in patch:
                device[key] = patch[key]
        devices.save(device_id, device)
        self.send_response(204)
        self.end_headers()


if __name__ == "__main__":
    ThreadingHTTPServer(("", 8000), DeviceHandler).serve_forever()
