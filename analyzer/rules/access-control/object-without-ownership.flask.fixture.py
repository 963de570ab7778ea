# Flask-SQLAlchemy lookups by id, in the handler and in a service function it hands the id to.
from flask import Flask, jsonify, request
from flask_login import current_user, login_required

from shop.models import Order, Subscription, db

app = Flask(__name__)


def cancel_subscription(user, subscription_id):
    sub = db.session.get(Subscription, subscription_id)
    sub.status = "cancelled"
    db.session.commit()
    return sub


def cancel_own_subscription(user, subscription_id):
    sub = Subscription.query.filter_by(id=subscription_id, customer_id=user.id).first_or_404()
    sub.status = "cancelled"
    db.session.commit()
    return sub


@app.get("/orders/<int:order_id>")
@login_required
def order_detail(order_id):
    order = Order.query.get_or_404(order_id)  # expect: PY-AUTHZ-IDOR
    return jsonify({"id": order.id, "total": order.total})


@app.get("/orders/<int:order_id>/own")
@login_required
def own_order_detail(order_id):
    order = Order.query.filter_by(id=order_id, user_id=current_user.id).first_or_404()  # ok: PY-AUTHZ-IDOR
    return jsonify({"id": order.id, "total": order.total})


@app.post("/billing/cancel")
@login_required
def cancel():
    sub = cancel_subscription(current_user, int(request.json["subscription_id"]))  # expect: PY-AUTHZ-IDOR
    return jsonify({"cancelled": sub.id})


@app.post("/billing/cancel-own")
@login_required
def cancel_own():
    sub = cancel_own_subscription(current_user, int(request.json["subscription_id"]))  # ok: PY-AUTHZ-IDOR
    return jsonify({"cancelled": sub.id})
