from flask import Flask, request
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
