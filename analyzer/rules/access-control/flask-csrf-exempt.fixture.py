# assay-fixture: path=bank/app.py
import hmac

from flask import Flask, abort, request, session
from flask_login import current_user, login_required
from flask_wtf.csrf import CSRFProtect

from bank.extensions import csrf as shared_csrf

app = Flask(__name__)
csrf = CSRFProtect(app)


@app.post("/account/transfer")
@login_required
@csrf.exempt  # expect: PY-FLASK-CSRF-EXEMPT
def transfer():
    return {"to": request.form["to"], "by": current_user.id}


@app.route("/profile", methods=["GET", "POST"])
@shared_csrf.exempt  # expect: PY-FLASK-CSRF-EXEMPT
def profile():
    session["nick"] = request.form.get("nick", "")
    return "ok"


@app.post("/account/close")
@login_required
def close():  # ok: PY-FLASK-CSRF-EXEMPT
    return {"closed": current_user.id}


@app.get("/status")
@csrf.exempt  # ok: PY-FLASK-CSRF-EXEMPT
def status():
    return {"ok": True}


def require_token():
    if not request.headers.get("Authorization", "").startswith("Bearer "):
        abort(401)


@app.post("/api/events")
@csrf.exempt  # hotspot: PY-FLASK-CSRF-EXEMPT
def ingest():
    require_token()
    return {"n": len(request.get_json(force=True))}


@app.post("/hooks/billing")
@csrf.exempt  # ok: PY-FLASK-CSRF-EXEMPT
def billing_hook():
    sent = request.headers.get("X-Signature", "")
    if not hmac.compare_digest(sent, "expected"):
        abort(403)
    return "ok"


@app.post("/contact")
@csrf.exempt  # hotspot: PY-FLASK-CSRF-EXEMPT
def contact():
    return {"sent": request.form.get("message", "")}
