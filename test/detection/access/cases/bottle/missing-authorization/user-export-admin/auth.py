from bottle import abort, request

from crm import accounts


def current_account():
    token = request.get_header("Authorization", "").removeprefix("Token ")
    account = accounts.by_token(token) if token else None
    if account is None:
        abort(401, "authentication required")
    return account


def current_admin():
    account = current_account()
    if not account.is_admin:
        abort(403, "administrators only")
    return account
