import falcon


class Out:
    def on_get(self, req, resp):
        target = req.get_param("url") or "/"
        if not target.startswith("/") or target.startswith("//") or "\\" in target:
            target = "/"
        raise falcon.HTTPFound(target)


app = falcon.App()
app.add_route("/out", Out())
