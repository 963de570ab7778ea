# assay-fixture: path=deploy/wsgi.py
import re
import uuid
from urllib.parse import parse_qs

SAFE = re.compile(r"[^A-Za-z0-9_.-]")
TOKEN = re.compile(r"[A-Za-z0-9_-]{1,40}")


def tag_header(tag):
    # A full match compared with None: only a token comes back.
    if TOKEN.fullmatch(tag) is None:
        return None
    return ("X-Tag", tag)


def tag_header_unchecked(tag):
    if TOKEN.fullmatch(tag) is not None:
        return ("X-Tag", tag)
    return ("X-Tag-Raw", tag)


def download(environ, start_response):
    # start_response sends the header list as given: nothing refuses CR/LF.
    name = parse_qs(environ.get("QUERY_STRING", "")).get("name", ["report"])[0]
    start_response("200 OK", [("Content-Disposition", "attachment; filename=%s.csv" % name)])  # expect: PY-INJ-HEADER
    return [b"id\n"]


def download_clean(environ, start_response):
    name = SAFE.sub("_", parse_qs(environ.get("QUERY_STRING", "")).get("name", ["report"])[0])
    start_response("200 OK", [("Content-Disposition", "attachment; filename=%s.csv" % name)])  # ok: PY-INJ-HEADER
    return [b"id\n"]


class RequestId:
    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        echoed = environ.get("HTTP_X_REQUEST_ID", "")
        fresh = uuid.uuid4().hex

        # A wrapper handing the app a start_response of its own: the header list reaches the server's.
        def start(status, headers, exc_info=None):
            headers.append(("X-Request-Id", echoed))
            return start_response(status, headers, exc_info)  # expect: PY-INJ-HEADER

        def start_fresh(status, headers, exc_info=None):
            headers.append(("X-Trace-Id", fresh))
            return start_response(status, headers, exc_info)  # ok: PY-INJ-HEADER

        return self.app(environ, start if echoed else start_fresh)


def tagged(environ, start_response):
    tag = parse_qs(environ.get("QUERY_STRING", "")).get("tag", [""])[0]
    header = tag_header(tag)
    start_response("200 OK", [header] if header else [])  # ok: PY-INJ-HEADER
    return [b"ok"]


def tagged_raw(environ, start_response):
    tag = parse_qs(environ.get("QUERY_STRING", "")).get("tag", [""])[0]
    start_response("200 OK", [tag_header_unchecked(tag)])  # expect: PY-INJ-HEADER
    return [b"ok"]


class FrameworkHandler:
    """A framework's own WSGI handler: the headers come from its response object, checked as they were set."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, environ, start_response):
        response = self.get_response(environ)
        start_response("%d %s" % (response.status_code, response.reason_phrase), list(response.items()))  # ok: PY-INJ-HEADER
        return response
