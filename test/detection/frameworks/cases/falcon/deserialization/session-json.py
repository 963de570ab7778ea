import json

import falcon

from shop.cart import Cart


class CartResource:
    def on_put(self, req, resp):
        payload = json.loads(req.bounded_stream.read().decode("utf-8"))
        cart = Cart.from_items([(str(i["sku"]), int(i["qty"])) for i in payload["items"]])
        resp.media = {"items": len(cart.items), "total": str(cart.total())}


app = falcon.App()
app.add_route("/cart", CartResource())
