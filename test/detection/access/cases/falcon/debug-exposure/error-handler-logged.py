import logging
import traceback

import falcon

from .resources import ReportResource

log = logging.getLogger(__name__)


def handle_unexpected(req, resp, ex, params):
    log.exception("unhandled error on %s", req.path)
    raise falcon.HTTPInternalServerError(title="internal error")


app = falcon.App()
app.add_route("/reports/{name}", ReportResource())
app.add_error_handler(Exception, handle_unexpected)
