import logging
import traceback

import falcon

log = logging.getLogger(__name__)


def handle_unexpected(req, resp, ex, params):
    resp.status = falcon.HTTP_500
    resp.media = {"error": type(ex).__name__, "trace": traceback.format_exception(ex)}  # expect: PY-DATA-ERROR-DETAILS


def handle_logged(req, resp, ex, params):
    log.exception("unhandled error on %s", req.path)
    resp.media = {"error": type(ex).__name__}  # ok: PY-DATA-ERROR-DETAILS


def not_registered(req, resp, ex, params):
    resp.media = {"error": str(ex)}  # ok: PY-DATA-ERROR-DETAILS


app = falcon.App()
app.add_error_handler(Exception, handle_unexpected)
app.add_error_handler(ValueError, handle_logged)
