from urllib.parse import parse_qs

from newsroom.preview_headers import preview_header


class PreviewHeaderMiddleware:
    """Tags responses rendered for an editor's draft preview so the CDN never caches them."""

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        ref = parse_qs(environ.get("QUERY_STRING", "")).get("preview", [None])[0]
        if ref is None:
            return self.app(environ, start_response)

        def start(status, headers, exc_info=None):
            headers.append(("Cache-Control", "private, no-store"))
            header = preview_header(ref)
            if header is not None:
                headers.append(header)
            return start_response(status, headers, exc_info)

        return self.app(environ, start)
