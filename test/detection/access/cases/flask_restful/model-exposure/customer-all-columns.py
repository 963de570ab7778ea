from flask import Flask
from flask_jwt_extended import JWTManager, get_jwt_identity, jwt_required
from flask_restful import Api, Resource, fields, marshal_with

from .models import Customer

app = Flask(__name__)
app.config.from_prefixed_env()
api = Api(app)
JWTManager(app)


class CustomerSelf(Resource):
    method_decorators = [jwt_required()]

    def get(self):
        customer = Customer.query.filter_by(user_id=int(get_jwt_identity())).first_or_404()
        return {c.name: getattr(customer, c.name) for c in customer.__table__.columns}


api.add_resource(CustomerSelf, "/customers/me")
