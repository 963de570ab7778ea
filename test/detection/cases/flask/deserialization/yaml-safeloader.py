import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/admin/import")
def import_config():
    cfg = yaml.load(request.files["config"].stream, Loader=yaml.SafeLoader)
    return jsonify({"keys": sorted(cfg)})
