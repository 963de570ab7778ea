import requests
from flask import Flask, jsonify, request
from marshmallow import Schema, fields

from integrations import save_webhook

app = Flask(__name__)


class WebhookSchema(Schema):
    target = fields.Url(required=True, schemes={"https"})
    event = fields.Str(required=True)


@app.post("/webhooks")
def create_webhook():
    data = WebhookSchema().load(request.get_json())
    probe = requests.post(data["target"], json={"event": "verification"}, timeout=5)
    save_webhook(data["target"], data["event"], verified=probe.ok)
    return jsonify({"verified": probe.ok}), 201
