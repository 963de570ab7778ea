import os

import falcon


class Download:
    def on_get(self, req, resp, name):
        resp.stream = open(os.path.join("/srv/files", name), "rb")
        resp.content_type = "application/octet-stream"


app = falcon.App()
app.add_route("/files/{name}", Download())
