from urllib.parse import parse_qs


def application(environ, start_response):
    name = parse_qs(environ.get("QUERY_STRING", "")).get("name", ["export.csv"])[0]
    data = b"id,total\n1,10\n"
    start_response("200 OK", [("Content-Type", "text/csv"), ("Content-Disposition", "attachment; filename=" + name)])
    return [data]
