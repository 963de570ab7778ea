from flask import Flask, jsonify, request
from flask_login import current_user, login_required
from marshmallow_sqlalchemy import SQLAlchemyAutoSchema

from models import Shop, db

app = Flask(__name__)


class ShopSchema(SQLAlchemyAutoSchema):
    class Meta:
        model = Shop
        load_instance = True
        sqla_session = db.session


@app.put("/api/shop")
@login_required
def update_shop():
    shop = Shop.query.filter_by(owner_id=current_user.id).first_or_404()
    ShopSchema().load(request.get_json(), instance=shop, partial=True)
    db.session.commit()
    return jsonify(ShopSchema(only=("id", "name")).dump(shop))
