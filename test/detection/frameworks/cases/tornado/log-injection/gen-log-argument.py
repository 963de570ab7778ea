import tornado.web
from tornado.log import app_log


class CancelHandler(tornado.web.RequestHandler):
    def post(self, order_id):
        reason = self.get_body_argument("reason", "")
        app_log.info("order %s cancelled: %s", order_id, reason)
        self.write({"cancelled": order_id})


app = tornado.web.Application([(r"/orders/(\d+)/cancel", CancelHandler)])
