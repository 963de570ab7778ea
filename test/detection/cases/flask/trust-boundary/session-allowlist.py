import os

from flask import Flask, abort, redirect, request, session

app = Flask(__name__)
app.secret_key = os.environ["ADMIN_SECRET_KEY"]
VIEW_MODES = {"grid", "list", "compact"}


@app.post("/profile/view-mode")
def choose_view_mode():
    mode = request.form.get("mode", "grid")
    if mode not in VIEW_MODES:
        abort(400)
    session["view_mode"] = mode
    return redirect("/")
