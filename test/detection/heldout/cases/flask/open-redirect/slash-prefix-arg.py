from flask import Flask, redirect, request

app = Flask(__name__)


@app.post("/orders/<int:order_id>/pay")
def pay(order_id):
    from .payments import settle
    settle(order_id)
    return redirect("/" + request.args.get("then", f"orders/{order_id}/receipt"))
