import requests
from fastapi import FastAPI, Form
from flask import Flask, redirect, request, url_for

app = Flask(__name__)
api = FastAPI()
API_KEY = "from-env"


@app.route("/login")
def login():
    username = request.args.get("username")  # ok: PY-DATA-SENSITIVE-URL
    password = request.args.get("password")  # expect: PY-DATA-SENSITIVE-URL
    return redirect(url_for("home", user=username))


@app.route("/login2", methods=["POST"])
def login_post():
    password = request.form.get("password")  # ok: PY-DATA-SENSITIVE-URL
    token = request.args.get("token")  # ok: PY-DATA-SENSITIVE-URL
    return redirect(f"/welcome?password={password}")  # expect: PY-DATA-SENSITIVE-URL


def fetch():
    requests.get("https://api.example.com/items", params={"api_key": API_KEY}, timeout=5)  # expect: PY-DATA-SENSITIVE-URL
    requests.get("https://api.example.com/items", headers={"X-Api-Key": API_KEY}, timeout=5)  # ok: PY-DATA-SENSITIVE-URL
    requests.get("https://api.example.com/items?api_key=" + API_KEY, timeout=5)  # expect: PY-DATA-SENSITIVE-URL


@api.get("/token")
def token(username: str, password: str):  # expect: PY-DATA-SENSITIVE-URL
    return {"user": username}


@api.post("/token2")
def token2(username: str = Form(...), password: str = Form(...)):  # ok: PY-DATA-SENSITIVE-URL
    return {"user": username}
