from flask import Flask, jsonify, request

from netutils import *

app = Flask(__name__)


@app.get("/net/ping")
def net_ping():
    return jsonify({"output": ping_host(request.args["host"])})
