import tornado.web


class SearchApiHandler(tornado.web.RequestHandler):
    def get(self):
        q = self.get_argument("q", "")
        self.write({"query": q, "hits": []})


app = tornado.web.Application([(r"/api/search", SearchApiHandler)])
