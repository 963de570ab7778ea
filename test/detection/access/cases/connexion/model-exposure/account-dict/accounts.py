from models import Account, db


def me(token_info):
    acct = db.session.get(Account, int(token_info["sub"]))
    return {k: v for k, v in acct.__dict__.items() if not k.startswith("_sa_")}
