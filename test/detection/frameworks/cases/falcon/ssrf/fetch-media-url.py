import falcon
import requests


class Probe:
    def on_post(self, req, resp):
        r = requests.get(req.media["url"], timeout=5)
        resp.media = {"status": r.status_code}


app = falcon.App()
app.add_route("/probe", Probe())
