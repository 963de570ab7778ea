import re
from urllib.parse import parse_qs


def application(environ, start_response):
    raw = parse_qs(environ.get("QUERY_STRING", "")).get("name", ["export.csv"])[0]
    name = re.sub(r"[^A-Za-z0-9._-]", "_", raw)[:80] or "export.csv"
    data = b"id,total\n1,10\n"
    start_response("200 OK", [("Content-Type", "text/csv"), ("Content-Disposition", f'attachment; filename="{name}"')])
    return [data]
