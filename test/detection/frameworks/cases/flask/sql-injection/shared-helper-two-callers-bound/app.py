from flask import Flask, jsonify, request

from lookups import count_where

app = Flask(__name__)


@app.get("/stats/by-country")
def by_country():
    return jsonify({"count": count_where("country", request.args["country"])})


@app.get("/stats/by-plan")
def by_plan():
    return jsonify({"count": count_where("plan", request.args["plan"])})
