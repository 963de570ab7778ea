import falcon

from tool.db import Patient, session


class PatientSelfResource:
    # Falcon answers with what the responder assigns to resp.media.
    def on_get(self, req, resp):
        p = session.query(Patient).filter_by(user_id=req.context.user.id).one()
        resp.media = vars(p)  # expect: PY-DATA-WHOLE-MODEL


class PatientNameResource:
    def on_get(self, req, resp):
        p = session.query(Patient).filter_by(user_id=req.context.user.id).one()
        resp.media = {"id": p.id, "name": p.name}  # ok: PY-DATA-WHOLE-MODEL


app = falcon.App()
app.add_route("/patients/me", PatientSelfResource())
app.add_route("/patients/me/name", PatientNameResource())
