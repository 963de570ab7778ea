# Bottle handlers that call their guard from the body; the store is an imported project module.
from bottle import abort, request, route

from crm import accounts


def current_account():
    token = request.get_header("Authorization", "")
    account = accounts.by_token(token) if token else None
    if account is None:
        abort(401, "authentication required")
    return account


def current_admin():
    account = current_account()
    if not account.is_admin:
        abort(403, "administrators only")
    return account


@route("/admin/accounts/export")
def export_accounts():  # expect: PY-AUTHZ-PRIVILEGED-NO-CHECK
    current_account()
    return {"accounts": [[a.id, a.email] for a in accounts.all()]}


@route("/admin/accounts/export-checked")
def export_accounts_checked():  # ok: PY-AUTHZ-PRIVILEGED-NO-CHECK
    current_admin()
    return {"accounts": [[a.id, a.email] for a in accounts.all()]}


@route("/admin/accounts/<account_id:int>")
def show_account(account_id):  # hotspot: PY-AUTHZ-PRIVILEGED-NO-CHECK
    current_account()
    return {"account": accounts.by_id(account_id).email}
