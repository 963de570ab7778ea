from flask import Flask
from flask_login import LoginManager, current_user, login_required
from flask_restx import Api, Namespace, Resource
from flask_security import roles_required

from saas.tenants import TenantService

app = Flask(__name__)
app.config.from_object("saas.config.Production")
login_manager = LoginManager(app)
api = Api(app, prefix="/api/v2")
ns = Namespace("admin", path="/admin")
service = TenantService()


@ns.route("/tenants/<int:tenant_id>/suspend")
class TenantSuspend(Resource):
    method_decorators = [roles_required("platform-admin"), login_required]

    def post(self, tenant_id):
        service.suspend(tenant_id, actor=current_user.id, reason=ns.payload.get("reason", ""))
        return {"tenant": tenant_id, "status": "suspended"}


@ns.route("/me")
class Me(Resource):
    method_decorators = [login_required]

    def get(self):
        return {"id": current_user.id, "email": current_user.email}


api.add_namespace(ns)
