import os

from flask import Flask, redirect, request, session, url_for

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=True)


@app.post("/checkout/card")
def save_card():
    session["card_number"] = request.form["card_number"].replace(" ", "")
    session["card_expiry"] = request.form["expiry"]
    return redirect(url_for("confirm"))
