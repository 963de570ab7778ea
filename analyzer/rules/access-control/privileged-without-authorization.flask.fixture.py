from functools import wraps

from flask import Flask, abort, jsonify
from flask_login import current_user

app = Flask(__name__)


# Named for a role, but it only checks that someone is logged in: its name is no authorization.
def admin_required(view):
    @wraps(view)
    def wrapped(*args, **kwargs):
        if not current_user.is_authenticated:
            abort(401)
        return view(*args, **kwargs)

    return wrapped


def staff_required(view):
    @wraps(view)
    def wrapped(*args, **kwargs):
        if not current_user.is_authenticated or not current_user.is_staff:
            abort(403)
        return view(*args, **kwargs)

    return wrapped


@app.post("/admin/payments/<int:payment_id>/refund")
@admin_required
def refund(payment_id):  # expect: PY-AUTHZ-PRIVILEGED-NO-CHECK
    return jsonify({"refunded": payment_id})


@app.post("/admin/payments/<int:payment_id>/void")
@staff_required
def void(payment_id):  # ok: PY-AUTHZ-PRIVILEGED-NO-CHECK
    return jsonify({"voided": payment_id})
