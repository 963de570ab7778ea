from flask import Flask, jsonify
from flask_login import current_user, login_required

from models import Profile
from serialization import to_dict

app = Flask(__name__)


@app.get("/account/profile")
@login_required
def profile():
    prof = Profile.query.filter_by(user_id=current_user.id).first_or_404()
    return jsonify(to_dict(prof))
