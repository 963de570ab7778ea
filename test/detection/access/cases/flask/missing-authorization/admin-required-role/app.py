from flask import Flask, jsonify

from decorators import admin_required
from payments import refund_payment

app = Flask(__name__)


@app.post("/admin/payments/<int:payment_id>/refund")
@admin_required
def refund(payment_id):
    return jsonify(refund_payment(payment_id))
