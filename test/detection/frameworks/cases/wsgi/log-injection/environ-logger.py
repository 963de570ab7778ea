import logging

log = logging.getLogger("wsgi.access")


def application(environ, start_response):
    log.info("hit path=%s agent=%s", environ.get("PATH_INFO"), environ.get("HTTP_USER_AGENT"))
    start_response("204 No Content", [])
    return [b""]
