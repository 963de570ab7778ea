import falcon


class Jobs:
    def on_post(self, req, resp):
        job = req.get_media()
        resp.media = {"queued": str(job.get("name"))}
        resp.status = falcon.HTTP_202


app = falcon.App()
app.add_route("/jobs", Jobs())
