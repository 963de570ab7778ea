import os

import falcon

SCANS = "/srv/scans"


class ScanUpload:
    def on_post(self, req, resp):
        for part in req.get_media():
            # secure_filename keeps [A-Za-z0-9._-] and never starts with a dot.
            with open(os.path.join(SCANS, part.secure_filename), "wb") as dest:  # ok: PY-INJ-PATH
                part.stream.pipe(dest)
            with open(os.path.join(SCANS, part.filename), "wb") as dest:  # expect: PY-INJ-PATH
                part.stream.pipe(dest)


app = falcon.App()
app.add_route("/scans", ScanUpload())
