import falcon

from pricing import base_price

RULES = {
    "none": lambda p: 0,
    "ten_percent": lambda p: p * 0.10,
    "five_off": lambda p: min(5, p),
}


class PriceRule:
    def on_post(self, req, resp):
        name = req.get_media()["rule"]
        if name not in RULES:
            raise falcon.HTTPBadRequest(title="unknown rule")
        price = base_price()
        resp.media = {"price": price - RULES[name](price)}


app = falcon.App()
app.add_route("/pricing/try", PriceRule())
