import os

from flask import Flask, redirect, request, session, url_for

from .psp import tokenize_card

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]


@app.post("/checkout/card")
def save_card():
    vault_ref = tokenize_card(request.form["card_number"].replace(" ", ""), request.form["expiry"])
    session["card_ref"] = vault_ref.id
    session["card_last4"] = vault_ref.last4
    return redirect(url_for("confirm"))
