from flask import Flask, jsonify
from flask_cors import CORS, cross_origin

app = Flask(__name__)
CORS(app, supports_credentials=True)  # expect: PY-CORS-FLASK-ANY-ORIGIN
CORS(app, origins="*", supports_credentials=True)  # expect: PY-CORS-FLASK-ANY-ORIGIN
CORS(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)  # expect: PY-CORS-FLASK-ANY-ORIGIN
CORS(app, resources={r"/api/*": {"origins": ["https://shop.example.com"]}}, supports_credentials=True)  # ok: PY-CORS-FLASK-ANY-ORIGIN
CORS(app, origins=["https://shop.example.com"], supports_credentials=True)  # ok: PY-CORS-FLASK-ANY-ORIGIN
CORS(app)  # ok: PY-CORS-FLASK-ANY-ORIGIN


@app.route("/api/me")
@cross_origin(supports_credentials=True)  # expect: PY-CORS-FLASK-ANY-ORIGIN
def me():
    return jsonify(user="alice")


@app.route("/api/catalogue")
@cross_origin(origins="*")  # ok: PY-CORS-FLASK-ANY-ORIGIN
def catalogue():
    return jsonify(items=[])
