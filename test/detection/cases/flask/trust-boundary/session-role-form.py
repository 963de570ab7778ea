import os

from flask import Flask, redirect, request, session

app = Flask(__name__)
app.secret_key = os.environ["ADMIN_SECRET_KEY"]


@app.post("/profile/role")
def choose_role():
    session["role"] = request.form.get("role", "viewer")
    return redirect("/")
