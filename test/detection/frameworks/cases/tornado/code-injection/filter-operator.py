import operator

import tornado.web

ROWS = [{"name": "alpha", "size": 3}, {"name": "beta", "size": 12}]
OPS = {"lt": operator.lt, "gt": operator.gt, "eq": operator.eq}


class FilterHandler(tornado.web.RequestHandler):
    def get(self):
        op = OPS.get(self.get_argument("op", "eq"), operator.eq)
        value = float(self.get_argument("size", "0"))
        self.write({"rows": [row for row in ROWS if op(row["size"], value)]})


app = tornado.web.Application([(r"/rows", FilterHandler)])
