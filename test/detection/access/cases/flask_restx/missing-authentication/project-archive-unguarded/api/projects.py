from flask import g
from flask_restx import Namespace, Resource, fields

from api.auth import token_required
from api.models import Project, db

ns = Namespace("projects", description="Project operations")

project = ns.model("Project", {"id": fields.Integer(readonly=True), "name": fields.String(required=True)})


@ns.route("/")
class ProjectList(Resource):
    @token_required
    @ns.marshal_list_with(project)
    def get(self):
        return Project.query.filter_by(team_id=g.user.team_id).all()

    @token_required
    @ns.expect(project)
    @ns.marshal_with(project, code=201)
    def post(self):
        item = Project(name=ns.payload["name"], team_id=g.user.team_id)
        db.session.add(item)
        db.session.commit()
        return item, 201


@ns.route("/<int:project_id>/archive")
class ProjectArchive(Resource):
    def post(self, project_id):
        item = Project.query.get_or_404(project_id)
        item.archived = True
        db.session.commit()
        return {"archived": project_id}
