from flask import Flask
from flask_restx import Api, Namespace, Resource
from flask_security import Security, SQLAlchemyUserDatastore, auth_required, roles_required

from .models import Role, User, db

app = Flask(__name__)
app.config.from_prefixed_env()
security = Security(app, SQLAlchemyUserDatastore(db, User, Role))
api = Api(app)
ns = Namespace("admin")


@ns.route("/staff/<int:user_id>/roles/<string:role>")
class StaffRole(Resource):
    @auth_required("token")
    def get(self, user_id, role):
        user = db.session.get(User, user_id)
        return {"has_role": user.has_role(role)}

    @auth_required("token")
    def put(self, user_id, role):
        user = db.session.get(User, user_id)
        security.datastore.add_role_to_user(user, role)
        db.session.commit()
        return "", 204


api.add_namespace(ns, path="/admin")
