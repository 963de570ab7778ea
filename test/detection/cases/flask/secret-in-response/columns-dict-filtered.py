from flask import Flask, jsonify
from flask_login import login_required

from .models import User

app = Flask(__name__)
HIDDEN = {"password_hash", "otp_secret", "reset_token"}


@app.get("/api/users/<int:user_id>")
@login_required
def get_user(user_id):
    user = User.query.get_or_404(user_id)
    return jsonify({c.name: getattr(user, c.name) for c in user.__table__.columns if c.name not in HIDDEN})
