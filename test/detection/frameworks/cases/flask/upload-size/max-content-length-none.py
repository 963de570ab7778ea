import hashlib
import os

from flask import Flask, jsonify, request

from .store import put_object

app = Flask(__name__)
app.config.update(SECRET_KEY=os.environ["SECRET_KEY"], MAX_CONTENT_LENGTH=None)


@app.put("/objects/<key>")
def put_blob(key):
    data = request.get_data()
    put_object(key, data)
    return jsonify({"key": key, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}), 201
