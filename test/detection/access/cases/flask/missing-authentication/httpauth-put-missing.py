from flask import Flask, jsonify, request
from flask_httpauth import HTTPTokenAuth

from store import config_store, tokens

app = Flask(__name__)
auth = HTTPTokenAuth(scheme="Bearer")


@auth.verify_token
def verify_token(token):
    return tokens.lookup(token)


@app.get("/config/<key>")
@auth.login_required
def get_config(key):
    return jsonify({key: config_store.get(key)})


@app.put("/config/<key>")
def put_config(key):
    config_store.set(key, request.get_json()["value"])
    return jsonify({key: config_store.get(key)})
