from flask import Blueprint, jsonify

errors = Blueprint("errors", __name__)


@errors.app_errorhandler(500)
def internal_error(error):
    original = getattr(error, "original_exception", error)
    return jsonify(status=500, message=f"{type(original).__name__}: {original}"), 500
