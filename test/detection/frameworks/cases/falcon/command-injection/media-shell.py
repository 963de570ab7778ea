import subprocess

import falcon


class Archive:
    def on_post(self, req, resp):
        folder = req.media["folder"]
        subprocess.run(f"zip -r /srv/zips/{folder}.zip /srv/shared/{folder}", shell=True, check=True)
        resp.status = falcon.HTTP_201
        resp.media = {"zip": f"{folder}.zip"}


app = falcon.App()
app.add_route("/archives", Archive())
