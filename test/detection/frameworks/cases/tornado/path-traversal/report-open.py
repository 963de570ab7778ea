import os

import tornado.web

REPORTS = "/srv/reports"


class ReportHandler(tornado.web.RequestHandler):
    def get(self):
        name = self.get_argument("name")
        with open(os.path.join(REPORTS, name), "rb") as fh:
            self.set_header("Content-Type", "application/pdf")
            self.write(fh.read())


app = tornado.web.Application([(r"/reports", ReportHandler)])
