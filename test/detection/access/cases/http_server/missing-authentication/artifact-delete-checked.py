import hmac
import os
import shutil
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROOT = "/srv/artifacts"


class ArtifactHandler(BaseHTTPRequestHandler):
    def _authorized(self):
        token = self.headers.get("X-Api-Key", "")
        return hmac.compare_digest(token, os.environ["ARTIFACT_KEY"])

    def do_GET(self):
        if not self._authorized():
            self.send_error(401)
            return
        self.send_response(200)
        self.end_headers()
        self.wfile.write("\n".join(sorted(os.listdir(ROOT))).encode())

    def do_DELETE(self):
        if not self._authorized():
            self.send_error(401)
            return
        name = os.path.basename(self.path)
        shutil.rmtree(os.path.join(ROOT, name), ignore_errors=True)
        self.send_response(204)
        self.end_headers()


ThreadingHTTPServer(("", 8081), ArtifactHandler).serve_forever()
