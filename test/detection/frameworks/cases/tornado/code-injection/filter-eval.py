import tornado.web

ROWS = [{"name": "alpha", "size": 3}, {"name": "beta", "size": 12}]


class FilterHandler(tornado.web.RequestHandler):
    def get(self):
        expr = self.get_argument("where", "True")
        matches = [row for row in ROWS if eval(expr, {}, dict(row))]
        self.write({"rows": matches})


app = tornado.web.Application([(r"/rows", FilterHandler)])
