import tornado.web

from shop.db import orders


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        uid = self.get_signed_cookie("uid")
        return int(uid) if uid else None


class OrderHandler(BaseHandler):
    @tornado.web.authenticated
    async def get(self, order_id):
        order = await orders.find_one({"_id": int(order_id), "customer_id": self.current_user})
        if order is None:
            raise tornado.web.HTTPError(404)
        self.write({"id": order["_id"], "items": order["items"], "address": order["shipping_address"]})

    @tornado.web.authenticated
    async def delete(self, order_id):
        result = await orders.delete_one({"_id": int(order_id), "customer_id": self.current_user})
        if result.deleted_count == 0:
            raise tornado.web.HTTPError(404)
        self.set_status(204)


def make_app():
    return tornado.web.Application([(r"/orders/(\d+)", OrderHandler)], cookie_secret="from-env", login_url="/login")
