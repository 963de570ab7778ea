from flask import Flask, jsonify
from flask_login import login_required

from models import Merchant

app = Flask(__name__)


@app.get("/api/merchants")
@login_required
def merchants():
    return jsonify([m.to_dict() for m in Merchant.query.order_by(Merchant.name)])
