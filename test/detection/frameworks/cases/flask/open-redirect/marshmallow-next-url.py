from flask import Flask, redirect, request, session
from marshmallow import Schema, fields

app = Flask(__name__)
app.secret_key = "change-me"


class LoginForm(Schema):
    username = fields.Str(required=True)
    password = fields.Str(required=True)
    next = fields.Str(load_default="/")


@app.post("/login")
def login():
    form = LoginForm().load(request.form)
    session["user"] = form["username"]
    return redirect(form["next"])
