import tornado.httpclient
import tornado.web

FEEDS = {1: "https://blog.example.com/atom.xml", 2: "https://status.example.com/rss"}


class FeedProbeHandler(tornado.web.RequestHandler):
    async def get(self):
        url = FEEDS.get(int(self.get_argument("feed_id")))
        if url is None:
            raise tornado.web.HTTPError(404)
        resp = await tornado.httpclient.AsyncHTTPClient().fetch(url, request_timeout=5, raise_error=False)
        self.write({"code": resp.code, "length": len(resp.body or b"")})


app = tornado.web.Application([(r"/feeds/probe", FeedProbeHandler)])
