import tornado.web


class LogoutHandler(tornado.web.RequestHandler):
    def get(self):
        self.clear_cookie("session")
        target = self.get_argument("next", "/")
        if not target.startswith("/") or target.startswith("//") or target.startswith("/\\"):
            target = "/"
        self.redirect(target)


app = tornado.web.Application([(r"/logout", LogoutHandler)])
