import json
import operator

from flask import Flask, jsonify, request

app = Flask(__name__)
OPS = {"lt": operator.lt, "gt": operator.gt, "eq": operator.eq}


@app.post("/api/discounts/check")
def check_rule():
    rule = json.loads(request.data or b"{}")
    compare = OPS.get(rule.get("op"), operator.eq)
    hit = compare(float(request.args.get("subtotal", "0")), float(rule.get("value", 0)))
    return jsonify({"applies": bool(hit)})
