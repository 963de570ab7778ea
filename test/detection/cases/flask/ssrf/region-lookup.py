import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
REGION_APIS = {
    "eu": "https://eu.api.shipping.example",
    "us": "https://us.api.shipping.example",
}


@app.get("/rates")
def rates():
    base = REGION_APIS.get(request.args.get("region", "eu"), REGION_APIS["eu"])
    r = requests.get(base + "/v1/rates", timeout=5)
    return jsonify(r.json())
