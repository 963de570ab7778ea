from bottle import abort, put, request

from .auth import current_account
from .models import Contact, Session


@put("/contacts/me")
def update_contact():
    account = current_account()
    session = Session()
    contact = session.query(Contact).filter_by(account_id=account.id).one()
    for key in ("phone", "street", "city", "postcode"):
        if key in request.json:
            setattr(contact, key, request.json[key])
    session.commit()
    return {"ok": True}
