# assay-fixture: path=portal/app.py
import hmac

from flask import Blueprint, Flask, abort, request
from flask_login import current_user, login_required
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
csrf = CSRFProtect(app)
settings = Blueprint("settings", __name__)
hooks = Blueprint("hooks", __name__)
api = Blueprint("api", __name__)
profile = Blueprint("profile", __name__)


@settings.post("/email")  # expect: PY-FLASK-CSRF-EXEMPT
@login_required
def change_email():
    current_user.email = request.form["email"]
    return "ok"


@settings.get("/")  # ok: PY-FLASK-CSRF-EXEMPT
@login_required
def show():
    return {"email": current_user.email}


@hooks.post("/payments")  # ok: PY-FLASK-CSRF-EXEMPT
@login_required
def payments():
    if not hmac.compare_digest(request.headers.get("X-Signature", ""), "expected"):
        abort(400)
    return "", 204


@api.post("/items")  # ok: PY-FLASK-CSRF-EXEMPT
@login_required
def add_item():
    if not request.headers.get("Authorization", "").startswith("Bearer "):
        abort(401)
    return {"n": len(request.get_json())}


@profile.post("/name")  # ok: PY-FLASK-CSRF-EXEMPT
@login_required
def rename():
    current_user.name = request.form["name"]
    return "ok"


csrf.exempt(settings)
csrf.exempt(hooks)
csrf.exempt(api)
app.register_blueprint(settings, url_prefix="/settings")
app.register_blueprint(profile, url_prefix="/profile")
