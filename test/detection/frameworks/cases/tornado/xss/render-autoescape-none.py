import tornado.web


class SearchHandler(tornado.web.RequestHandler):
    def get(self):
        self.render("search.html", q=self.get_argument("q", ""), results=[])


app = tornado.web.Application([(r"/search", SearchHandler)], template_path="templates", autoescape=None)
