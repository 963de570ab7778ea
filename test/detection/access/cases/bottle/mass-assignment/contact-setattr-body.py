from bottle import abort, put, request

from .auth import current_account
from .models import Contact, Session


@put("/contacts/me")
def update_contact():
    account = current_account()
    session = Session()
    contact = session.query(Contact).filter_by(account_id=account.id).one()
    for key, value in request.json.items():
        setattr(contact, key, value)
    session.commit()
    return {"ok": True}
