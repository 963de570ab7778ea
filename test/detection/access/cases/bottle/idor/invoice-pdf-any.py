from bottle import abort, get, static_file

from .auth import current_account
from .models import Invoice, Session


@get("/invoices/<invoice_id:int>/pdf")
def invoice_pdf(invoice_id):
    account = current_account()
    invoice = Session().get(Invoice, invoice_id)
    if invoice is None:
        abort(404)
    return static_file(invoice.pdf_name, root="/srv/invoices", mimetype="application/pdf")
