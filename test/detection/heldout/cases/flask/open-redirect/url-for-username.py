from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.get("/people/lookup")
def lookup():
    return redirect(url_for("profile", username=request.args.get("u", "").strip().lower()))


@app.get("/people/<username>")
def profile(username):
    return f"profile of {username}"
