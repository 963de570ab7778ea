import tornado.web

SUPPORTED = {"en", "de", "fr", "es"}


class DocHandler(tornado.web.RequestHandler):
    def get(self):
        lang = self.get_argument("lang", "en")
        lang = lang if lang in SUPPORTED else "en"
        self.set_header("Content-Language", lang)
        self.render("doc.html", lang=lang)


app = tornado.web.Application([(r"/doc", DocHandler)], template_path="templates")
