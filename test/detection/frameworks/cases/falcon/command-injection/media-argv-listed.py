import os
import subprocess

import falcon

SHARED = "/srv/shared"


class Archive:
    def on_post(self, req, resp):
        folder = req.media["folder"]
        if folder not in os.listdir(SHARED):
            raise falcon.HTTPNotFound()
        subprocess.run(["zip", "-r", f"/srv/zips/{folder}.zip", os.path.join(SHARED, folder)], check=True)
        resp.status = falcon.HTTP_201
        resp.media = {"zip": f"{folder}.zip"}


app = falcon.App()
app.add_route("/archives", Archive())
