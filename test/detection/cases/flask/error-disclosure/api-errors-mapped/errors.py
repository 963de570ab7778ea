from flask import Blueprint, current_app, jsonify

errors = Blueprint("errors", __name__)


@errors.app_errorhandler(500)
def internal_error(error):
    original = getattr(error, "original_exception", error)
    current_app.logger.error("unhandled %s: %s", type(original).__name__, original)
    return jsonify(status=500, message="Internal server error"), 500
