import tornado.template
import tornado.web


class SignaturePreviewHandler(tornado.web.RequestHandler):
    def post(self):
        tmpl = tornado.template.Template(self.get_body_argument("signature"))
        self.write(tmpl.generate(name="Grace Hopper", title="Rear Admiral"))


app = tornado.web.Application([(r"/signature/preview", SignaturePreviewHandler)])
