import falcon
from jinja2 import Template


class InvoiceNote:
    def on_post(self, req, resp):
        data = req.get_media()
        note = Template(data["note_template"]).render(customer=data["customer"], total=data["total"])
        resp.media = {"note": note}


app = falcon.App()
app.add_route("/invoices/note", InvoiceNote())
