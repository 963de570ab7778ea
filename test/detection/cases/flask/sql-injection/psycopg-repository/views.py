from flask import Blueprint, jsonify, request

from .repository import users_with_role

bp = Blueprint("admin_users", __name__, url_prefix="/admin/users")


@bp.post("/by-role")
def by_role():
    role = request.form.get("role", "customer")
    return jsonify(users_with_role(role))
