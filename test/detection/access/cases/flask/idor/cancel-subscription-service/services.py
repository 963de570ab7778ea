from flask import abort

from models import Subscription, db


def cancel_subscription(user, subscription_id):
    sub = db.session.get(Subscription, subscription_id) or abort(404)
    sub.status = "cancelled"
    db.session.commit()
    return sub
