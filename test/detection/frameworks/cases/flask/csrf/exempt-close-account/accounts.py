from models import User, db


def close_account(user_id):
    user = db.session.get(User, user_id)
    user.active = False
    user.email = f"closed-{user.id}@invalid"
    db.session.commit()
