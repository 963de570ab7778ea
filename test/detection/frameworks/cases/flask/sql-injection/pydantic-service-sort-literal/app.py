from flask import Flask, jsonify, request

from models import ListOrders
from services import list_orders

app = Flask(__name__)


@app.get("/orders")
def orders():
    params = ListOrders(**request.args.to_dict())
    return jsonify(list_orders(params))
