from flask import Flask, jsonify, request
from flask_login import current_user, login_required

from models import Listing, db

app = Flask(__name__)


@app.put("/listings/<int:listing_id>")
@login_required
def edit_listing(listing_id):
    updated = Listing.query.filter_by(id=listing_id, seller_id=current_user.id).update(request.get_json())
    db.session.commit()
    return jsonify({"updated": updated})
