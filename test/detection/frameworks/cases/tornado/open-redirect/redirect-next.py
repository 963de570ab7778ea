import tornado.web


class LogoutHandler(tornado.web.RequestHandler):
    def get(self):
        self.clear_cookie("session")
        self.redirect(self.get_argument("next", "/"))


app = tornado.web.Application([(r"/logout", LogoutHandler)])
