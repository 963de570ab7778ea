import tornado.web


class DoneHandler(tornado.web.RequestHandler):
    def get(self):
        self.write("done")


class SaveHandler(tornado.web.RequestHandler):
    def post(self):
        self.application.settings["store"].save(self.get_body_argument("draft"))
        self.redirect(self.reverse_url("done"))


app = tornado.web.Application([tornado.web.url(r"/save", SaveHandler), tornado.web.url(r"/done", DoneHandler, name="done")])
