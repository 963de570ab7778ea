from flask import Flask, abort, jsonify
from flask_login import current_user, login_required

from models import User, db

app = Flask(__name__)


@app.post("/admin/users/<int:user_id>/ban")
@login_required
def ban_user(user_id):
    if not current_user.is_admin:
        abort(403)
    user = db.session.get(User, user_id) or abort(404)
    user.banned = True
    db.session.commit()
    return jsonify({"banned": user_id})
