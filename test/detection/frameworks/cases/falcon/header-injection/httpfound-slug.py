import falcon


class MovedResource:
    def on_get(self, req, resp, slug):
        raise falcon.HTTPMovedPermanently(f"/articles/{slug}")


app = falcon.App()
app.add_route("/blog/{slug}", MovedResource())
