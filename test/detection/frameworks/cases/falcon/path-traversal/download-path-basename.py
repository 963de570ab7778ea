import os

import falcon


class Download:
    def on_get(self, req, resp, name):
        path = os.path.join("/srv/files", os.path.basename(name))
        if not os.path.isfile(path):
            raise falcon.HTTPNotFound()
        resp.stream = open(path, "rb")
        resp.content_type = "application/octet-stream"


app = falcon.App()
app.add_route("/files/{name}", Download())
