from urllib.parse import parse_qs


def application(environ, start_response):
    params = parse_qs(environ.get("QUERY_STRING", ""))
    value = params.get("value", ["0"])[0]
    result = eval(f"{value} * 2.54")
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [str(result).encode()]
