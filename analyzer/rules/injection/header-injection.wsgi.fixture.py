# assay-fixture: path=deploy/wsgi.py
import re
import uuid
from urllib.parse import parse_qs

SAFE = re.compile(r"[^A-Za-z0-9_.-]")


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
