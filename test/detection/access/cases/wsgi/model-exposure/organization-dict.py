import json

from .auth import account_from_environ
from .models import Organization, Session


def my_organization(environ, start_response):
    account = account_from_environ(environ)
    if account is None:
        start_response("401 Unauthorized", [("Content-Type", "text/plain")])
        return [b"login required"]
    org = Session().get(Organization, account.org_id)
    body = json.dumps(org.__dict__, default=str).encode()
    start_response("200 OK", [("Content-Type", "application/json")])
    return [body]
