import tornado.httpclient
import tornado.web


class FeedProbeHandler(tornado.web.RequestHandler):
    async def get(self):
        url = self.get_argument("feed")
        client = tornado.httpclient.AsyncHTTPClient()
        resp = await client.fetch(url, request_timeout=5, raise_error=False)
        self.write({"code": resp.code, "length": len(resp.body or b"")})


app = tornado.web.Application([(r"/feeds/probe", FeedProbeHandler)])
