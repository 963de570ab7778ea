from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.get("/people/lookup")
def lookup():
    return redirect(request.args.get("return_to") or url_for("profile", username=request.args.get("u", "")))


@app.get("/people/<username>")
def profile(username):
    return f"profile of {username}"
