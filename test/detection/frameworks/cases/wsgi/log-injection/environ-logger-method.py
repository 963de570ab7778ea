import logging

log = logging.getLogger("wsgi.access")
METHODS = {"GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS"}


def application(environ, start_response):
    method = environ.get("REQUEST_METHOD", "GET")
    log.info("hit method=%s", method if method in METHODS else "OTHER")
    start_response("204 No Content", [])
    return [b""]
