import tornado.web


class DocHandler(tornado.web.RequestHandler):
    def get(self):
        lang = self.get_argument("lang", "en")
        self.set_header("Content-Language", lang)
        self.render("doc.html", lang=lang)


app = tornado.web.Application([(r"/doc", DocHandler)], template_path="templates")
