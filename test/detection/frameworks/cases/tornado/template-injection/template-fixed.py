import tornado.template
import tornado.web

PREVIEW = tornado.template.Template("<p>{{ name }}, {{ title }}</p><pre>{{ signature }}</pre>")


class SignaturePreviewHandler(tornado.web.RequestHandler):
    def post(self):
        self.write(PREVIEW.generate(name="Grace Hopper", title="Rear Admiral", signature=self.get_body_argument("signature")))


app = tornado.web.Application([(r"/signature/preview", SignaturePreviewHandler)])
