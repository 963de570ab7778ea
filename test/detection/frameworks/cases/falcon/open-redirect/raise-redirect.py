import falcon


class Out:
    def on_get(self, req, resp):
        raise falcon.HTTPFound(req.get_param("url", required=True))


app = falcon.App()
app.add_route("/out", Out())
