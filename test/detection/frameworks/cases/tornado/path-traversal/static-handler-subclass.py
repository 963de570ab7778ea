import tornado.web


class DownloadHandler(tornado.web.StaticFileHandler):
    def set_extra_headers(self, path):
        self.set_header("Cache-Control", "no-store")
        self.set_header("Content-Disposition", "attachment")


app = tornado.web.Application([(r"/downloads/(.*)", DownloadHandler, {"path": "/srv/downloads"})])
