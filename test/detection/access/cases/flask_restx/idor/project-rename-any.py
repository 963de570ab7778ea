from flask import Flask
from flask_login import LoginManager, current_user, login_required
from flask_restx import Api, Resource, abort, fields

from tracker.models import Project, db

app = Flask(__name__)
app.config.from_object("tracker.settings")
db.init_app(app)
LoginManager(app)
api = Api(app, prefix="/api")

rename = api.model("Rename", {"name": fields.String(required=True)})


@api.route("/projects/<int:project_id>")
class ProjectItem(Resource):
    method_decorators = [login_required]

    @api.expect(rename, validate=True)
    def patch(self, project_id):
        project = Project.query.filter_by(id=project_id).first()
        if project is None:
            abort(404)
        project.name = api.payload["name"]
        db.session.commit()
        return {"id": project.id, "name": project.name}
