from flask import Flask, jsonify, request

from account import bp as account_bp
from models import ApiKey, db

app = Flask(__name__)
app.register_blueprint(account_bp, url_prefix="/account")


@app.post("/api-keys/revoke")
def revoke_api_key():
    key = ApiKey.query.filter_by(prefix=request.form["prefix"]).first_or_404()
    key.revoked = True
    db.session.commit()
    return jsonify({"revoked": key.prefix})
