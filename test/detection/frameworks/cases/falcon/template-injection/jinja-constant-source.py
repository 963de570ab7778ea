import falcon
from jinja2 import Environment

env = Environment(autoescape=True)
NOTE = env.from_string("Dear {{ customer }}, your total is {{ total }}.")


class InvoiceNote:
    def on_post(self, req, resp):
        data = req.get_media()
        resp.media = {"note": NOTE.render(customer=data["customer"], total=data["total"])}


app = falcon.App()
app.add_route("/invoices/note", InvoiceNote())
