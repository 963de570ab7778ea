from flask import Blueprint, abort, jsonify, request

from .auth import issue_token
from .models import User

bp = Blueprint("auth", __name__)


@bp.post("/token")
def token():
    user = User.query.filter_by(email=request.form["email"]).first()
    if user is None:
        abort(401)
    return jsonify(token=issue_token(user))
