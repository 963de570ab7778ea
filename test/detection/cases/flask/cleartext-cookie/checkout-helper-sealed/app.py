from flask import Flask, make_response, redirect, request, url_for

from cookies import stash_card

app = Flask(__name__)


@app.post("/checkout/card")
def save_card():
    resp = make_response(redirect(url_for("confirm")))
    stash_card(resp, request.form["card_number"], request.form["expiry"])
    return resp
