from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/api/discounts/preview")
def preview_discount():
    body = request.get_json(force=True)
    rule = body.get("rule", "0")
    subtotal = float(body.get("subtotal", 0))
    discount = eval(rule, {"__builtins__": {}}, {"subtotal": subtotal})
    return jsonify({"subtotal": subtotal, "discount": round(float(discount), 2)})
