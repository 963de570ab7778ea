import tornado.web
from lxml import etree


class InvoiceHandler(tornado.web.RequestHandler):
    def post(self):
        parser = etree.XMLParser(load_dtd=True, resolve_entities=True)
        doc = etree.fromstring(self.request.body, parser=parser)
        self.write({"number": doc.findtext("number"), "amount": doc.findtext("amount")})


app = tornado.web.Application([(r"/invoices", InvoiceHandler)])
