import os

import falcon

EXPORT_DIR = "/var/exports"


class ExportDownload:
    def on_get(self, req, resp):
        name = req.get_param("file", required=True)
        path = os.path.join(EXPORT_DIR, name)
        if not os.path.isfile(path):
            raise falcon.HTTPNotFound()
        resp.content_type = "text/csv"
        resp.stream = open(path, "rb")
        resp.downloadable_as = os.path.basename(path)


app = falcon.App()
app.add_route("/exports/download", ExportDownload())
