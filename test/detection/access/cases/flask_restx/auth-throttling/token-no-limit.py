from flask import Flask
from flask_jwt_extended import JWTManager, create_access_token
from flask_restx import Api, Namespace, Resource, fields
from werkzeug.security import check_password_hash

from .models import Staff

app = Flask(__name__)
app.config.from_prefixed_env()
JWTManager(app)
api = Api(app)
ns = Namespace("auth")
credentials = ns.model("Credentials", {"email": fields.String(required=True), "password": fields.String(required=True)})


@ns.route("/token")
class Token(Resource):
    @ns.expect(credentials, validate=True)
    def post(self):
        staff = Staff.query.filter_by(email=ns.payload["email"]).first()
        if staff is None or not check_password_hash(staff.password_hash, ns.payload["password"]):
            ns.abort(401, "invalid credentials")
        return {"access_token": create_access_token(identity=str(staff.id))}


api.add_namespace(ns, path="/auth")
