from flask import Flask, abort, jsonify, request
from flask_login import LoginManager, current_user, login_required

from models import Project, db

app = Flask(__name__)
login_manager = LoginManager(app)


@app.get("/projects")
@login_required
def list_projects():
    return jsonify([p.to_dict() for p in Project.query.filter_by(owner_id=current_user.id)])


@app.post("/projects")
@login_required
def create_project():
    project = Project(name=request.json["name"], owner_id=current_user.id)
    db.session.add(project)
    db.session.commit()
    return jsonify(project.to_dict()), 201


@app.post("/projects/<int:project_id>/delete")
@login_required
def delete_project(project_id):
    project = Project.query.filter_by(id=project_id, owner_id=current_user.id).first() or abort(404)
    db.session.delete(project)
    db.session.commit()
    return jsonify({"deleted": project_id})
