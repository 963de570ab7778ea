import re

from werkzeug.wrappers import Request, Response

from billing import invoices, sessions

INVOICE_PATH = re.compile(r"^/invoices/(\d+)\.pdf$")


@Request.application
def application(request):
    account = sessions.account_for(request.cookies.get("session"))
    if account is None:
        return Response("login required", status=401)
    match = INVOICE_PATH.match(request.path)
    if match is None:
        return Response("not found", status=404)
    invoice = invoices.find(int(match.group(1)))
    if invoice is None:
        return Response("not found", status=404)
    return Response(invoice.pdf_bytes(), mimetype="application/pdf")
