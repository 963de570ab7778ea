from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

EXPORT_DIR = Path("/var/lib/reports/exports")


class ExportHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        url = urlsplit(self.path)
        params = parse_qs(url.query)
        report_id = int(params.get("id", ["0"])[0])
        label = params.get("label", ["report"])[0]
        path = EXPORT_DIR / f"{report_id}.csv"
        if not path.is_file():
            self.send_error(404)
            return
        data = path.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "text/csv")
        self.send_header("Content-Disposition", f'attachment; filename="{label}.csv"')
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def serve_exports(port):
    ThreadingHTTPServer(("127.0.0.1", port), ExportHandler).serve_forever()
