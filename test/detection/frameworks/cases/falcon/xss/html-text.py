import falcon


class Hello:
    def on_get(self, req, resp):
        name = req.get_param("name") or "there"
        resp.content_type = falcon.MEDIA_HTML
        resp.text = f"<p>Hello {name}</p>"


app = falcon.App()
app.add_route("/hello", Hello())
