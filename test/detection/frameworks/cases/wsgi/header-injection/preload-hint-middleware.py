from urllib.parse import parse_qs


class PreloadHints:
    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        query = parse_qs(environ.get("QUERY_STRING", ""))
        theme = query.get("theme", ["default"])[0]

        def with_hints(status, headers, exc_info=None):
            headers.append(("Link", f"</static/themes/{theme}.css>; rel=preload; as=style"))
            return start_response(status, headers, exc_info)

        return self.app(environ, with_hints)


def site(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/html; charset=utf-8")])
    return [b"<!doctype html><title>Home</title>"]


application = PreloadHints(site)
