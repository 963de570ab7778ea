from flask import Flask, abort, jsonify, request, session
from pymongo import MongoClient

app = Flask(__name__)
accounts = MongoClient()["portal"]["accounts"]


@app.post("/api/session")
def create_session():
    creds = request.get_json()
    account = accounts.find_one({"email": str(creds.get("email", "")), "api_key": str(creds.get("api_key", ""))})
    if account is None:
        abort(401)
    session["account_id"] = str(account["_id"])
    return jsonify({"ok": True})
