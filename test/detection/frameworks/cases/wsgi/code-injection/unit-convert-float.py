from urllib.parse import parse_qs


def application(environ, start_response):
    params = parse_qs(environ.get("QUERY_STRING", ""))
    try:
        value = float(params.get("value", ["0"])[0])
    except ValueError:
        start_response("400 Bad Request", [("Content-Type", "text/plain")])
        return [b"value must be numeric"]
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [str(value * 2.54).encode()]
