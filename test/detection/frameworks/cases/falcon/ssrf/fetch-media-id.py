import falcon
import requests

ENDPOINTS = ["https://status.example.com/api", "https://billing.example.com/health"]


class Probe:
    def on_post(self, req, resp):
        idx = int(req.media["endpoint"])
        if not 0 <= idx < len(ENDPOINTS):
            raise falcon.HTTPBadRequest()
        resp.media = {"status": requests.get(ENDPOINTS[idx], timeout=5).status_code}


app = falcon.App()
app.add_route("/probe", Probe())
