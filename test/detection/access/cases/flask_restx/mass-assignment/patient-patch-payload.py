from flask import Flask
from flask_jwt_extended import JWTManager, get_jwt_identity, jwt_required
from flask_restx import Api, Namespace, Resource, fields

app = Flask(__name__)
app.config.from_prefixed_env()
JWTManager(app)
api = Api(app, title="Clinic API")

from .models import Patient, db

ns = Namespace("patients")
patient_update = ns.model("PatientUpdate", {
    "phone": fields.String,
    "address": fields.String,
    "insurance_status": fields.String,
    "billing_tier": fields.String,
})


@ns.route("/me")
class PatientSelf(Resource):
    method_decorators = [jwt_required()]

    @ns.expect(patient_update)
    def patch(self):
        patient = Patient.query.filter_by(user_id=int(get_jwt_identity())).first_or_404()
        for key, value in ns.payload.items():
            setattr(patient, key, value)
        db.session.commit()
        return "", 204


api.add_namespace(ns)
