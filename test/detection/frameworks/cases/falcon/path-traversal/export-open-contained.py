import os

import falcon

EXPORT_DIR = os.path.realpath("/var/exports")


class ExportDownload:
    def on_get(self, req, resp):
        name = req.get_param("file", required=True)
        path = os.path.realpath(os.path.join(EXPORT_DIR, name))
        if os.path.commonpath([path, EXPORT_DIR]) != EXPORT_DIR or not os.path.isfile(path):
            raise falcon.HTTPNotFound()
        resp.content_type = "text/csv"
        resp.stream = open(path, "rb")
        resp.downloadable_as = os.path.basename(path)


app = falcon.App()
app.add_route("/exports/download", ExportDownload())
