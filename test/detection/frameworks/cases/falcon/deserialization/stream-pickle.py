import pickle

import falcon


class Jobs:
    def on_post(self, req, resp):
        job = pickle.load(req.bounded_stream)
        resp.media = {"queued": job.get("name")}
        resp.status = falcon.HTTP_202


app = falcon.App()
app.add_route("/jobs", Jobs())
