import requests
from flask import Flask, jsonify, request
from marshmallow import Schema, fields, validate

app = Flask(__name__)
REGIONS = {
    "eu": "https://eu.api.example-carrier.com/v1/rates",
    "us": "https://us.api.example-carrier.com/v1/rates",
}


class RateQuerySchema(Schema):
    region = fields.Str(required=True, validate=validate.OneOf(list(REGIONS)))
    weight_grams = fields.Int(required=True, validate=validate.Range(min=1))


@app.post("/shipping/rates")
def shipping_rates():
    data = RateQuerySchema().load(request.get_json())
    quote = requests.get(REGIONS[data["region"]], params={"weight": data["weight_grams"]}, timeout=5)
    return jsonify(quote.json())
