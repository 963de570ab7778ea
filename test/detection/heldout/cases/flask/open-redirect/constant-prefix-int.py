from flask import Flask, redirect

app = Flask(__name__)


@app.post("/orders/<int:order_id>/pay")
def pay(order_id):
    from .payments import settle
    settle(order_id)
    return redirect("/orders/" + str(order_id) + "/receipt")
