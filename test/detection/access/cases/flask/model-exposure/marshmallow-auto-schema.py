from flask import Flask, jsonify
from marshmallow_sqlalchemy import SQLAlchemyAutoSchema

from models import Vendor

app = Flask(__name__)


class VendorSchema(SQLAlchemyAutoSchema):
    class Meta:
        model = Vendor


@app.get("/api/vendors")
def vendors():
    return jsonify(VendorSchema(many=True).dump(Vendor.query.filter_by(listed=True)))
