import json

import falcon
import tornado.escape
from pymongo import MongoClient

from tool.db import Project, session

users = MongoClient().app.users
EDITABLE = ("title", "description")


class ProjectResource:
    # Falcon names the request `req`; its parsed body is req.get_media().
    def on_patch(self, req, resp, project_id):
        body = req.get_media()
        project = session.query(Project).filter_by(id=project_id).one()
        project.__dict__.update(body)  # expect: PY-AUTHZ-MASS-ASSIGNMENT
        resp.status = falcon.HTTP_204

    def on_put(self, req, resp, project_id):
        body = req.get_media()
        changes = {k: v for k, v in body.items()}
        session.query(Project).filter_by(id=project_id).update(changes)  # expect: PY-AUTHZ-MASS-ASSIGNMENT
        resp.status = falcon.HTTP_204

    def on_post(self, req, resp, project_id):
        body = json.loads(req.bounded_stream.read())
        allowed = {k: body[k] for k in EDITABLE if k in body}
        users.update_one({"_id": project_id}, {"$set": allowed})  # ok: PY-AUTHZ-MASS-ASSIGNMENT
        users.update_one({"_id": project_id}, {"$set": body})  # expect: PY-AUTHZ-MASS-ASSIGNMENT
        resp.status = falcon.HTTP_204


app = falcon.App()
app.add_route("/projects/{project_id:int}", ProjectResource())
