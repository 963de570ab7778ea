from flask import Flask, jsonify
from flask_login import current_user, login_required

app = Flask(__name__)


@app.get("/api/me")
@login_required
def me():
    return jsonify(
        id=current_user.id,
        email=current_user.email,
        password_hash=current_user.password_hash,
        created=current_user.created.isoformat(),
    )
