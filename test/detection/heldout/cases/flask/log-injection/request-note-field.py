from flask import Flask, request

from .payments import gateway

app = Flask(__name__)


@app.post("/checkout")
def checkout():
    charge = gateway.charge(amount_cents=int(request.form["amount"]), source=request.form["card_token"], note=request.form.get("note", ""))
    app.logger.info("charge %s finished with status %s (note: %s)", charge["id"], charge["status"], request.form.get("note", ""))
    return {"charge": charge["id"]}
