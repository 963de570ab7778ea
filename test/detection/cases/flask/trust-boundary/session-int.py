import os

from flask import Flask, redirect, request, session

app = Flask(__name__)
app.secret_key = os.environ["ADMIN_SECRET_KEY"]


@app.post("/profile/rows")
def rows_per_page():
    session["rows"] = max(10, min(int(request.form.get("rows", 25)), 500))
    return redirect("/")
