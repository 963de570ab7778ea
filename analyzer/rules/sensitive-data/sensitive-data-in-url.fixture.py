import requests
from urllib.parse import urlencode
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
    requests.get("https://api.example.com/items", params={"api_key": API_KEY}, timeout=5)  # hotspot: PY-DATA-SENSITIVE-URL
    requests.get("https://api.example.com/items", headers={"X-Api-Key": API_KEY}, timeout=5)  # ok: PY-DATA-SENSITIVE-URL
    requests.get("https://api.example.com/items?api_key=" + API_KEY, timeout=5)  # hotspot: PY-DATA-SENSITIVE-URL


def provider_profile(app, token):
    # The server's own back-channel call to the OAuth provider: the receiving API's logs, no browser.
    info_url = "{base}?{query}".format(base="https://api.example.com/me", query=urlencode({"api_key": app.key, "access_token": token.token}))  # hotspot: PY-DATA-SENSITIVE-URL
    return requests.get(info_url, timeout=5).json()


def to_frontend(token):
    # The browser is sent there: the token lands in its history and in Referer headers.
    return redirect("https://spa.example.com/cb?" + urlencode({"access_token": token.key}))  # expect: PY-DATA-SENSITIVE-URL


@api.get("/token")
def token(username: str, password: str):  # expect: PY-DATA-SENSITIVE-URL
    return {"user": username}


@api.post("/token2")
def token2(username: str = Form(...), password: str = Form(...)):  # ok: PY-DATA-SENSITIVE-URL
    return {"user": username}
