import falcon

from pricing import base_price


class PriceRule:
    def on_post(self, req, resp):
        rule = req.get_media()["rule"]
        scope = {"price": base_price(), "discount": 0}
        exec(rule, {}, scope)
        resp.media = {"price": scope["price"] - scope["discount"]}


app = falcon.App()
app.add_route("/pricing/try", PriceRule())
