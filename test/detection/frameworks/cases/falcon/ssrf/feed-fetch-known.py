import falcon
import httpx

FEEDS = {
    "status": "https://status.example.com/history.rss",
    "blog": "https://blog.example.com/feed.xml",
    "changelog": "https://docs.example.com/changelog.atom",
}


class FeedProbe:
    def on_get(self, req, resp):
        key = req.get_param("feed", required=True)
        if key not in FEEDS:
            raise falcon.HTTPNotFound()
        r = httpx.get(FEEDS[key], timeout=5.0)
        resp.media = {"status": r.status_code, "bytes": len(r.content)}


app = falcon.App()
app.add_route("/feeds/probe", FeedProbe())
