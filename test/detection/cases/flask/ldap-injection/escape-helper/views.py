from flask import Flask, jsonify, request

from .directory import find_group

app = Flask(__name__)


@app.get("/admin/groups")
def group_members():
    return jsonify(find_group(request.args.get("group", "staff")))
