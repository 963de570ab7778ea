import subprocess

import tornado.web

FORMATS = {"pdf", "docx", "txt"}


class ConvertHandler(tornado.web.RequestHandler):
    def post(self, doc_id):
        fmt = self.get_argument("format", "pdf")
        if fmt not in FORMATS:
            raise tornado.web.HTTPError(400)
        subprocess.check_call(
            ["soffice", "--headless", "--convert-to", fmt, f"/srv/docs/{int(doc_id)}.odt", "--outdir", "/srv/out"]
        )
        self.write({"converted": doc_id, "format": fmt})


app = tornado.web.Application([(r"/docs/(\d+)/convert", ConvertHandler)])
