from flask import Blueprint, jsonify, request

from ..repository import products_matching

bp = Blueprint("catalog", __name__)


@bp.get("/search")
def search():
    return jsonify(products_matching(request.args.get("q", "")))
