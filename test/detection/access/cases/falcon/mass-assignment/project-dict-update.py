import falcon

from .db import Project, session_scope
from .hooks import require_user


@falcon.before(require_user)
class ProjectResource:
    def on_patch(self, req, resp, project_id):
        body = req.get_media()
        with session_scope() as session:
            project = session.query(Project).filter_by(id=project_id, owner_id=req.context.user.id).one_or_none()
            if project is None:
                raise falcon.HTTPNotFound()
        project.__dict__.update(body)
        resp.status = falcon.HTTP_204


app = falcon.App()
app.add_route("/projects/{project_id:int}", ProjectResource())
