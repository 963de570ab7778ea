import json

from flask import Flask, abort, jsonify, request

from .config import ProductionConfig
from .geo import load_features

app = Flask(__name__)
app.config.from_object(ProductionConfig)


@app.post("/maps/layers")
def upload_layer():
    layer = request.files.get("geojson")
    if layer is None:
        abort(400)
    collection = json.loads(layer.stream.read())
    return jsonify({"features": load_features(collection)}), 201
