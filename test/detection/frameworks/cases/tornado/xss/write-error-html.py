import tornado.web


class NotFoundHandler(tornado.web.RequestHandler):
    def prepare(self):
        self.set_status(404)
        origin = self.get_query_argument("from", "")
        self.finish(f"<h1>Not found</h1><p>The link on {origin} is broken.</p>")


app = tornado.web.Application([(r"/", tornado.web.RedirectHandler, {"url": "/home"})], default_handler_class=NotFoundHandler)
