from flask import Flask, request
from flask_login import current_user, login_required

from tool.db import Listing, User, db

app = Flask(__name__)
EDITABLE = ("name", "avatar_url")


@app.post("/users")
@login_required
def create_user():
    user = User(**request.get_json())  # expect: PY-AUTHZ-MASS-ASSIGNMENT
    db.session.add(user)
    return "ok"


@app.post("/signup")
def signup():
    data = dict(request.json)
    data.pop("password", None)
    user = User(**data)  # expect: PY-AUTHZ-MASS-ASSIGNMENT
    db.session.add(user)
    return "ok"


@app.post("/users/<int:uid>")
@login_required
def update_user(uid):
    user = User.query.get_or_404(uid)
    data = request.get_json()
    for key, value in data.items():
        setattr(user, key, value)  # expect: PY-AUTHZ-MASS-ASSIGNMENT
    return "ok"


@app.put("/listings/<int:listing_id>")
@login_required
def edit_listing(listing_id):
    Listing.query.filter_by(id=listing_id, seller_id=current_user.id).update(request.get_json())  # expect: PY-AUTHZ-MASS-ASSIGNMENT
    db.session.commit()
    return "ok"


@app.post("/users/copy")
@login_required
def copy_user():
    user = User(**load_defaults())  # ok: PY-AUTHZ-MASS-ASSIGNMENT
    db.session.add(user)
    return "ok"


@app.post("/users/<int:uid>/apply")
@login_required
def apply_changes(uid, payload=None):
    user = User.query.get_or_404(uid)
    user.__dict__.update(payload)  # hotspot: PY-AUTHZ-MASS-ASSIGNMENT
    return "ok"


@app.post("/users/explicit")
@login_required
def create_user_explicit():
    data = request.get_json()
    user = User(name=data["name"], email=data["email"])  # ok: PY-AUTHZ-MASS-ASSIGNMENT
    db.session.add(user)
    return "ok"


@app.patch("/me")
@login_required
def patch_me():
    body = request.get_json()
    for key in EDITABLE:
        if key in body:
            setattr(current_user, key, body[key])  # ok: PY-AUTHZ-MASS-ASSIGNMENT
    changes = {k: body[k] for k in EDITABLE if k in body}
    Listing.query.filter_by(seller_id=current_user.id).update(changes)  # ok: PY-AUTHZ-MASS-ASSIGNMENT
    return "ok"
