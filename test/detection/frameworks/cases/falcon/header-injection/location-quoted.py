import falcon


class MovedResource:
    def on_get(self, req, resp, slug):
        resp.status = falcon.HTTP_301
        resp.location = f"/articles/{slug}"


app = falcon.App()
app.add_route("/blog/{slug}", MovedResource())
