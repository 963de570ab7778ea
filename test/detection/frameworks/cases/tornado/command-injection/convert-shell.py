import subprocess

import tornado.web


class ConvertHandler(tornado.web.RequestHandler):
    def post(self, doc_id):
        fmt = self.get_argument("format", "pdf")
        subprocess.check_call(
            "soffice --headless --convert-to %s /srv/docs/%s.odt --outdir /srv/out" % (fmt, doc_id), shell=True
        )
        self.write({"converted": doc_id, "format": fmt})


app = tornado.web.Application([(r"/docs/(\d+)/convert", ConvertHandler)])
