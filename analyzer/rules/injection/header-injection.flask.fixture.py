# assay-fixture: path=web/app.py
import http.server
from urllib.parse import parse_qs, urlparse

from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/tenant")
def tenant():
    # Werkzeug refuses CR/LF in header values (ValueError) and quotes them in cookie values.
    resp = make_response("ok")
    resp.headers["X-Tenant"] = request.args.get("tenant", "default")  # hotspot: PY-INJ-HEADER
    resp.set_cookie("tenant", request.args.get("tenant", "default"))  # hotspot: PY-INJ-HEADER
    resp.headers["X-Count"] = str(request.args.get("n", 1, type=int))  # ok: PY-INJ-HEADER
    return resp


@app.route("/export")
def export():
    # A returned (body, status, headers) tuple becomes a Werkzeug response: CR/LF is refused there.
    name = request.args.get("name", "report")
    return "id\n", 200, {"Content-Disposition": f"attachment; filename={name}.csv"}  # hotspot: PY-INJ-HEADER


@app.route("/export-fixed")
def export_fixed():
    return "id\n", 200, {"Content-Disposition": "attachment; filename=report.csv"}  # ok: PY-INJ-HEADER


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        # http.server's send_header writes the value as given: nothing refuses CR/LF.
        rid = parse_qs(urlparse(self.path).query).get("rid", [""])[0]
        self.send_response(200)
        self.send_header("X-Request-Id", rid)  # expect: PY-INJ-HEADER
        self.send_header("X-Server", "demo")  # ok: PY-INJ-HEADER
        self.end_headers()
