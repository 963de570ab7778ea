from flask import Flask
from flask_jwt_extended import JWTManager, get_jwt_identity, jwt_required
from flask_restx import Api, Namespace, Resource, fields

app = Flask(__name__)
app.config.from_prefixed_env()
JWTManager(app)
api = Api(app, title="Clinic API")

from .models import Record

ns = Namespace("records")


@ns.route("/<int:record_id>")
class RecordResource(Resource):
    method_decorators = [jwt_required()]

    def get(self, record_id):
        record = Record.query.filter_by(id=record_id, patient_id=int(get_jwt_identity())).first_or_404()
        return {k: v for k, v in vars(record).items() if not k.startswith("_")}


api.add_namespace(ns)
