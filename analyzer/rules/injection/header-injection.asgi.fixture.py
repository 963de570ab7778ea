# assay-fixture: path=service/middleware.py
from urllib.parse import parse_qs

LOCALES = {"en", "de", "fr"}


class LocaleHeader:
    """Pure ASGI middleware: the response-start message's header list goes to the server as given."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        lang = query.get("lang", ["en"])[0]
        chosen = lang if lang in LOCALES else "en"

        async def send_tagged(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((b"content-language", lang.encode("latin-1")))
                message = {**message, "headers": headers}
            await send(message)  # expect: PY-INJ-HEADER

        async def send_chosen(message):
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), (b"content-language", chosen.encode())]}
            await send(message)  # ok: PY-INJ-HEADER

        await self.app(scope, receive, send_tagged if lang else send_chosen)


async def echo(scope, receive, send):
    # The body message carries the body, not headers: not a header sink.
    path = scope["path"]
    await send({"type": "http.response.start", "status": 200, "headers": [(b"x-path", path.encode())]})  # expect: PY-INJ-HEADER
    await send({"type": "http.response.body", "body": path.encode()})  # ok: PY-INJ-HEADER
