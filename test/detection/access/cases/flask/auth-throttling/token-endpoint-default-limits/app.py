from flask import Flask, abort, jsonify, request
from flask_jwt_extended import JWTManager, create_access_token

from clients import verify_client
from extensions import limiter

app = Flask(__name__)
jwt = JWTManager(app)
limiter.init_app(app)


@app.post("/oauth/token")
def issue_token():
    client = verify_client(request.form.get("client_id"), request.form.get("client_secret"))
    if client is None:
        abort(401)
    return jsonify(access_token=create_access_token(identity=client.id), token_type="bearer")
