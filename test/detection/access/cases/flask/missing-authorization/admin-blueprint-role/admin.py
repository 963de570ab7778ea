from flask import Blueprint, abort, jsonify, request
from flask_login import current_user

from models import Coupon, db

admin_bp = Blueprint("admin", __name__)


@admin_bp.before_request
def guard():
    if not current_user.is_authenticated:
        abort(401)
    if not current_user.has_role("admin"):
        abort(403)


@admin_bp.post("/coupons")
def create_coupon():
    coupon = Coupon(code=request.form["code"], percent_off=int(request.form["percent_off"]))
    db.session.add(coupon)
    db.session.commit()
    return jsonify({"code": coupon.code}), 201
