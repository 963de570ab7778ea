from flask import Flask, jsonify

from errors import errors
from payments import capture

app = Flask(__name__)
app.register_blueprint(errors)


@app.post("/orders/<int:order_id>/capture")
def capture_order(order_id):
    return jsonify(capture(order_id))
