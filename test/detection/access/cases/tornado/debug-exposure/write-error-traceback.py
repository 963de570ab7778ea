import traceback

import tornado.escape
import tornado.web

from billing.invoices import render_invoice


class ApiHandler(tornado.web.RequestHandler):
    def write_error(self, status_code, **kwargs):
        payload = {"error": self._reason}
        if "exc_info" in kwargs:
            payload["trace"] = "".join(traceback.format_exception(*kwargs["exc_info"]))
        self.finish(payload)


class InvoicePreviewHandler(ApiHandler):
    def post(self):
        draft = tornado.escape.json_decode(self.request.body)
        self.write({"html": render_invoice(draft)})


def make_app():
    return tornado.web.Application([(r"/api/invoices/preview", InvoicePreviewHandler)])
