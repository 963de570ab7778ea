import falcon


class BadgePreview:
    def on_post(self, req, resp):
        data = req.get_media()
        resp.media = {"html_class": "badge", "name": data["name"], "title": data["title"]}


app = falcon.App()
app.add_route("/badges/preview", BadgePreview())
