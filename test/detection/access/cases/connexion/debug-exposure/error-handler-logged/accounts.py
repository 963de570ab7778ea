from models import Account, db


def me(token_info):
    acct = db.session.get(Account, int(token_info["sub"]))
    return {"id": acct.id, "email": acct.email}
