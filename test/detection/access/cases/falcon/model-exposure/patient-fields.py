import falcon

from .db import Patient, session
from .hooks import require_user


class PatientSelfResource:
    @falcon.before(require_user)
    def on_get(self, req, resp):
        p = session.query(Patient).filter_by(user_id=req.context.user.id).one()
        resp.media = {"id": p.id, "name": p.display_name, "next_visit": p.next_visit}


app = falcon.App()
app.add_route("/patients/me", PatientSelfResource())
