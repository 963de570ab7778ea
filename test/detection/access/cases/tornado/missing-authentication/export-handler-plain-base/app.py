import tornado.web

from handlers import ReportDeleteHandler, ReportExportHandler, ReportsHandler


def make_app(cookie_secret):
    return tornado.web.Application(
        [
            (r"/reports", ReportsHandler),
            (r"/reports/(\d+)/export", ReportExportHandler),
            (r"/reports/(\d+)", ReportDeleteHandler),
        ],
        cookie_secret=cookie_secret,
    )
