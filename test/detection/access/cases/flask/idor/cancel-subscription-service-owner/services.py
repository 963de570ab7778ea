from models import Subscription, db


def cancel_subscription(user, subscription_id):
    sub = Subscription.query.filter_by(id=subscription_id, customer_id=user.id).first_or_404()
    sub.status = "cancelled"
    db.session.commit()
    return sub
