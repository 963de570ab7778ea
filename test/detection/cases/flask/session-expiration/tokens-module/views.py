from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from .tokens import make_token

bp = Blueprint("api_keys", __name__)


@bp.post("/api-tokens")
@login_required
def create_api_token():
    scope = request.form.get("scope", "read")
    if scope not in {"read", "write"}:
        abort(400)
    return jsonify(token=make_token(current_user.id, scope)), 201
