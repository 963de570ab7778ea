from flask import Flask, abort, request
from marshmallow import Schema, fields
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient("mongodb://db")["shop"]["users"]


@app.post("/login")
def login():
    body = request.get_json()
    a = users.find_one({"name": body["name"], "password": body["password"]})  # expect: PY-INJ-NOSQL
    b = users.find_one({"name": str(body["name"]), "password": str(body["password"])})  # ok: PY-INJ-NOSQL
    c = users.find_one({"name": request.args["name"]})  # ok: PY-INJ-NOSQL
    d = users.find({"$where": f"this.name == '{request.args['name']}'"})  # expect: PY-INJ-NOSQL
    return {"a": bool(a), "b": bool(b), "c": bool(c), "d": len(list(d))}


@app.post("/reset")
def reset():
    body = request.get_json()
    token = body.get("token")
    if not isinstance(token, str):
        abort(400)
    # A str is matched as a value, and a $set document the code wrote assigns the field literally.
    users.update_one({"reset_token": token}, {"$set": {"note": token}})  # ok: PY-INJ-NOSQL
    # Text under an operator that runs it is still an injection.
    users.find({"$where": "this.token == '" + token + "'"})  # expect: PY-INJ-NOSQL
    return {}


class Lookup(Schema):
    reference = fields.Str(required=True)
    extra = fields.Raw()


@app.post("/lookup")
def lookup():
    data = Lookup().load(request.get_json())
    a = users.find_one({"reference": data["reference"]})  # ok: PY-INJ-NOSQL
    b = users.find_one({"reference": data["extra"]})  # expect: PY-INJ-NOSQL
    return {"a": bool(a), "b": bool(b)}
