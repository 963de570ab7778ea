import falcon


class BadgePreview:
    def on_post(self, req, resp):
        data = req.get_media()
        resp.content_type = falcon.MEDIA_HTML
        resp.text = f"<div class='badge'><strong>{data['name']}</strong><span>{data['title']}</span></div>"


app = falcon.App()
app.add_route("/badges/preview", BadgePreview())
