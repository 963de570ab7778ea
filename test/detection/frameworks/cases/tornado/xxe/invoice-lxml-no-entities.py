import tornado.web
from lxml import etree


class InvoiceHandler(tornado.web.RequestHandler):
    def post(self):
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        doc = etree.fromstring(self.request.body, parser=parser)
        self.write({"number": doc.findtext("number"), "amount": doc.findtext("amount")})


app = tornado.web.Application([(r"/invoices", InvoiceHandler)])
