from flask import Flask, jsonify, request
from flask_login import current_user, login_required

from services import cancel_subscription

app = Flask(__name__)


@app.post("/billing/cancel")
@login_required
def cancel():
    sub = cancel_subscription(current_user, int(request.json["subscription_id"]))
    return jsonify({"cancelled": sub.id})
