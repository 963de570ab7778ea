import sqlite3

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class WarehouseAPI(MethodView):
    def get(self):
        zone = request.args.get("zone", "A")
        db = sqlite3.connect("warehouse.db")
        rows = db.execute("SELECT bin, sku, qty FROM stock WHERE zone = ?", (zone,)).fetchall()
        return jsonify([{"bin": b, "sku": s, "qty": q} for b, s, q in rows])


app.add_url_rule("/stock", view_func=WarehouseAPI.as_view("stock"))
