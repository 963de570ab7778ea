import os

import falcon

SCANS = "/srv/scans"


class ScanUpload:
    def on_post(self, req, resp):
        stored = []
        for part in req.get_media():
            if part.name != "scan":
                continue
            with open(os.path.join(SCANS, part.secure_filename), "wb") as dest:
                part.stream.pipe(dest)
            stored.append(part.secure_filename)
        resp.media = {"stored": stored}
        resp.status = falcon.HTTP_201


app = falcon.App()
app.add_route("/scans", ScanUpload())
