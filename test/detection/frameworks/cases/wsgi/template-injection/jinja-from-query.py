from urllib.parse import parse_qs

from jinja2 import Environment

env = Environment(autoescape=True)


def application(environ, start_response):
    fmt = parse_qs(environ.get("QUERY_STRING", "")).get("format", ["{{ total }} items"])[0]
    text = env.from_string(fmt).render(total=42)
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [text.encode()]
