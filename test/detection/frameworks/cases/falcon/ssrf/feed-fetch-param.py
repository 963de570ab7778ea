import falcon
import httpx


class FeedProbe:
    def on_get(self, req, resp):
        feed = req.get_param("feed", required=True)
        r = httpx.get(feed, timeout=5.0, follow_redirects=True)
        resp.media = {"status": r.status_code, "bytes": len(r.content)}


app = falcon.App()
app.add_route("/feeds/probe", FeedProbe())
