import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/admin/import")
def import_config():
    cfg = yaml.unsafe_load(request.files["config"].stream)
    return jsonify({"keys": sorted(cfg)})
