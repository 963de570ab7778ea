import logging
import traceback

import falcon

from .resources import ReportResource

log = logging.getLogger(__name__)


def handle_unexpected(req, resp, ex, params):
    resp.status = falcon.HTTP_500
    resp.media = {"error": type(ex).__name__, "trace": traceback.format_exception(ex)}


app = falcon.App()
app.add_route("/reports/{name}", ReportResource())
app.add_error_handler(Exception, handle_unexpected)
