from flask import Flask, redirect, request, url_for
from marshmallow import Schema, fields, validate

from billing import cancel_subscription

app = Flask(__name__)


class CancelSchema(Schema):
    subscription_id = fields.Int(required=True)
    next = fields.Str(load_default="account", validate=validate.OneOf(["account", "billing", "home"]))


@app.post("/subscriptions/cancel")
def cancel():
    data = CancelSchema().load(request.form)
    cancel_subscription(data["subscription_id"])
    return redirect(url_for(data["next"]))


@app.get("/account")
def account():
    return "account"


@app.get("/billing")
def billing():
    return "billing"


@app.get("/")
def home():
    return "home"
