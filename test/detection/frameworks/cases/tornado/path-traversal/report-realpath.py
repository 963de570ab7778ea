import os

import tornado.web

REPORTS = os.path.realpath("/srv/reports")


class ReportHandler(tornado.web.RequestHandler):
    def get(self):
        path = os.path.realpath(os.path.join(REPORTS, self.get_argument("name")))
        if os.path.commonpath([REPORTS, path]) != REPORTS or not os.path.isfile(path):
            raise tornado.web.HTTPError(404)
        with open(path, "rb") as fh:
            self.set_header("Content-Type", "application/pdf")
            self.write(fh.read())


app = tornado.web.Application([(r"/reports", ReportHandler)])
