from urllib.parse import parse_qs

from jinja2 import Environment

env = Environment(autoescape=True)
FORMATS = {"short": env.from_string("{{ total }} items"), "long": env.from_string("There are {{ total }} items in stock")}


def application(environ, start_response):
    key = parse_qs(environ.get("QUERY_STRING", "")).get("format", ["short"])[0]
    text = FORMATS.get(key, FORMATS["short"]).render(total=42)
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [text.encode()]
