import tornado.web
from tornado.log import app_log

REASONS = {"duplicate", "fraud", "customer_request", "out_of_stock"}


class CancelHandler(tornado.web.RequestHandler):
    def post(self, order_id):
        reason = self.get_body_argument("reason", "customer_request")
        if reason not in REASONS:
            raise tornado.web.HTTPError(400)
        app_log.info("order %s cancelled: %s", order_id, reason)
        self.write({"cancelled": order_id})


app = tornado.web.Application([(r"/orders/(\d+)/cancel", CancelHandler)])
