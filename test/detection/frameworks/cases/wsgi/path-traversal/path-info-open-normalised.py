import mimetypes
import os

DOCROOT = os.path.abspath("/srv/site")


def application(environ, start_response):
    path = os.path.normpath(os.path.join(DOCROOT, environ.get("PATH_INFO", "/").lstrip("/")))
    if os.path.commonpath([DOCROOT, path]) != DOCROOT:
        start_response("403 Forbidden", [("Content-Type", "text/plain")])
        return [b"forbidden"]
    if os.path.isdir(path):
        path = os.path.join(path, "index.html")
    try:
        fh = open(path, "rb")
    except FileNotFoundError:
        start_response("404 Not Found", [("Content-Type", "text/plain")])
        return [b"not found"]
    start_response("200 OK", [("Content-Type", mimetypes.guess_type(path)[0] or "application/octet-stream")])
    return environ["wsgi.file_wrapper"](fh, 8192)
