from flask import Flask, redirect, request
from marshmallow import Schema, fields

from billing import cancel_subscription

app = Flask(__name__)


class CancelSchema(Schema):
    subscription_id = fields.Int(required=True)
    next = fields.Url(relative=True, load_default="/account")


@app.post("/subscriptions/cancel")
def cancel():
    data = CancelSchema().load(request.form)
    cancel_subscription(data["subscription_id"])
    return redirect(data["next"])
