import os
import re
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from uploads import index, tokens

UPLOAD_PATH = re.compile(r"^/uploads/([0-9a-f]{32})$")


class UploadHandler(BaseHTTPRequestHandler):
    def do_DELETE(self):
        user = tokens.user_for(self.headers.get("Authorization", "").removeprefix("Bearer "))
        if user is None:
            self.send_error(401)
            return
        match = UPLOAD_PATH.match(self.path)
        if match is None:
            self.send_error(404)
            return
        record = index.get(match.group(1))
        if record is None or record["owner"] != user:
            self.send_error(404)
            return
        os.remove(record["path"])
        index.delete(match.group(1))
        self.send_response(204)
        self.end_headers()


if __name__ == "__main__":
    ThreadingHTTPServer(("", 8070), UploadHandler).serve_forever()
