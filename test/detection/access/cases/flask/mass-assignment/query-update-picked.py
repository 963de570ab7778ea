from flask import Flask, jsonify, request
from flask_login import current_user, login_required

from models import Listing, db

app = Flask(__name__)


@app.put("/listings/<int:listing_id>")
@login_required
def edit_listing(listing_id):
    body = request.get_json()
    changes = {k: body[k] for k in ("title", "description", "price") if k in body}
    updated = Listing.query.filter_by(id=listing_id, seller_id=current_user.id).update(changes)
    db.session.commit()
    return jsonify({"updated": updated})
