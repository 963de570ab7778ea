import csv
import io

from bottle import HTTPResponse, route

from auth import current_account
from crm import accounts


@route("/me")
def me():
    account = current_account()
    return {"id": account.id, "name": account.name}


@route("/admin/accounts/export")
def export_accounts():
    current_account()
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "name", "email", "phone"])
    for a in accounts.all():
        writer.writerow([a.id, a.name, a.email, a.phone])
    return HTTPResponse(buf.getvalue(), headers={"Content-Type": "text/csv"})
