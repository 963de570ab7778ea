import logging
import uuid

import tornado.escape
import tornado.web

from billing.invoices import render_invoice

log = logging.getLogger(__name__)


class ApiHandler(tornado.web.RequestHandler):
    def write_error(self, status_code, **kwargs):
        ref = uuid.uuid4().hex[:12]
        if "exc_info" in kwargs:
            log.error("request failed ref=%s", ref, exc_info=kwargs["exc_info"])
        self.finish({"error": self._reason, "ref": ref})


class InvoicePreviewHandler(ApiHandler):
    def post(self):
        draft = tornado.escape.json_decode(self.request.body)
        self.write({"html": render_invoice(draft)})


def make_app():
    return tornado.web.Application([(r"/api/invoices/preview", InvoicePreviewHandler)])
