import json
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlsplit

from sessions import current_user
from users import directory


class IntranetHandler(BaseHTTPRequestHandler):
    def reply(self, status, payload):
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        user = current_user(self.headers)
        if user is None:
            return self.reply(401, {"error": "login required"})
        url = urlsplit(self.path)
        if url.path == "/people":
            return self.reply(200, directory.search(parse_qs(url.query).get("q", [""])[0]))
        self.reply(404, {"error": "not found"})

    def do_POST(self):
        user = current_user(self.headers)
        if user is None:
            return self.reply(401, {"error": "login required"})
        url = urlsplit(self.path)
        if url.path == "/admin/users/disable":
            if "it-admin" not in user["groups"]:
                return self.reply(403, {"error": "forbidden"})
            form = parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
            directory.disable(form["username"][0])
            return self.reply(200, {"disabled": form["username"][0]})
        self.reply(404, {"error": "not found"})


def main():
    HTTPServer(("", 8000), IntranetHandler).serve_forever()
