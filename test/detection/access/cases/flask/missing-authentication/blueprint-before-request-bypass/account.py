from flask import Blueprint, abort, jsonify, request
from flask_login import current_user

from models import db

bp = Blueprint("account", __name__)


@bp.before_request
def require_login():
    if not current_user.is_authenticated:
        abort(401)


@bp.post("/email")
def change_email():
    current_user.email = request.form["email"]
    db.session.commit()
    return jsonify({"email": current_user.email})
