import ast

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/api/price-range")
def price_range():
    low, high = ast.literal_eval(request.args.get("range", "(0, 100)"))
    return jsonify({"low": float(low), "high": float(high)})
