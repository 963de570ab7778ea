from flask import Blueprint, jsonify
from flask_httpauth import HTTPTokenAuth

from tokens import user_for_token

bp = Blueprint("api", __name__)
auth = HTTPTokenAuth(scheme="Bearer")
auth.verify_token(user_for_token)


@bp.get("/profile")
@auth.login_required
def api_profile():
    return jsonify(display_name=auth.current_user().display_name)
