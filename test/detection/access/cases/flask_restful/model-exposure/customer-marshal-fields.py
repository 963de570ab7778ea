from flask import Flask
from flask_jwt_extended import JWTManager, get_jwt_identity, jwt_required
from flask_restful import Api, Resource, fields, marshal_with

from .models import Customer

app = Flask(__name__)
app.config.from_prefixed_env()
api = Api(app)
JWTManager(app)

customer_fields = {
    "id": fields.Integer,
    "name": fields.String,
    "email": fields.String,
}


class CustomerSelf(Resource):
    method_decorators = [jwt_required()]

    @marshal_with(customer_fields)
    def get(self):
        return Customer.query.filter_by(user_id=int(get_jwt_identity())).first_or_404()


api.add_resource(CustomerSelf, "/customers/me")
