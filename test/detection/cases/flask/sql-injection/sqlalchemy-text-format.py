from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("postgresql+psycopg2://shop@localhost/shop")


@app.route("/api/coupons/check", methods=["POST"])
def check_coupon():
    code = request.form["code"].upper()
    stmt = text("SELECT code, percent_off FROM coupons WHERE code = '%s' AND active" % code)
    with engine.connect() as conn:
        row = conn.execute(stmt).first()
    if row is None:
        return jsonify({"valid": False}), 404
    return jsonify({"valid": True, "percent_off": row.percent_off})
