import os

from flask import Flask, redirect, request, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]


@app.route("/logout")
def logout():
    session.clear()
    target = request.args.get("next", "/")
    return redirect(target)
