from flask import Flask
from flask_jwt_extended import JWTManager, jwt_required
from flask_restx import Api, Namespace, Resource

from .models import Appointment, db

app = Flask(__name__)
app.config.from_prefixed_env()
JWTManager(app)
api = Api(app, decorators=[jwt_required()])
ns = Namespace("appointments")


@ns.route("/<int:appointment_id>")
class AppointmentResource(Resource):
    def get(self, appointment_id):
        a = Appointment.query.get_or_404(appointment_id)
        return {"id": a.id, "starts_at": a.starts_at.isoformat()}

    def delete(self, appointment_id):
        Appointment.query.filter_by(id=appointment_id).delete()
        db.session.commit()
        return "", 204


api.add_namespace(ns)
