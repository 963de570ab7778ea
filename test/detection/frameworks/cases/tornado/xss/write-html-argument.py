import tornado.web


class SearchHandler(tornado.web.RequestHandler):
    def get(self):
        q = self.get_argument("q", "")
        self.write("<html><body><p>You searched for <b>%s</b></p></body></html>" % q)


app = tornado.web.Application([(r"/search", SearchHandler)])
