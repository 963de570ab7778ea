import falcon
import jsonpickle


class CartResource:
    def on_put(self, req, resp):
        cart = jsonpickle.decode(req.bounded_stream.read().decode("utf-8"))
        resp.media = {"items": len(cart.items), "total": str(cart.total())}


app = falcon.App()
app.add_route("/cart", CartResource())
