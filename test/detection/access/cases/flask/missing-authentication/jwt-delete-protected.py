from flask import Flask, jsonify, request
from flask_jwt_extended import JWTManager, get_jwt_identity, jwt_required

from models import Address, db

app = Flask(__name__)
app.config.from_envvar("APP_SETTINGS")
jwt = JWTManager(app)


@app.get("/api/addresses")
@jwt_required()
def list_addresses():
    return jsonify([a.to_dict() for a in Address.query.filter_by(user_id=get_jwt_identity())])


@app.post("/api/addresses")
@jwt_required()
def add_address():
    address = Address(user_id=get_jwt_identity(), **{k: request.json[k] for k in ("street", "city", "zip")})
    db.session.add(address)
    db.session.commit()
    return jsonify(address.to_dict()), 201


@app.delete("/api/addresses/<int:address_id>")
@jwt_required()
def delete_address(address_id):
    Address.query.filter_by(id=address_id, user_id=get_jwt_identity()).delete()
    db.session.commit()
    return "", 204
