import json
from http.server import BaseHTTPRequestHandler, HTTPServer

from bson import json_util
from pymongo import MongoClient

events = MongoClient("mongodb://localhost").telemetry.events


class QueryHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        docs = list(events.find({"device": str(body.get("device", ""))}).limit(100))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json_util.dumps(docs).encode())


HTTPServer(("", 8004), QueryHandler).serve_forever()
