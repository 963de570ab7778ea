import tornado.web


class ContinueHandler(tornado.web.RequestHandler):
    def get(self):
        self.set_status(302)
        self.set_header("Location", self.get_argument("continue"))
        self.finish()


app = tornado.web.Application([(r"/continue", ContinueHandler)])
