import base64
import pickle

from flask import Flask
from flask_restx import Api, Resource, fields

app = Flask(__name__)
api = Api(app)
state = api.model("WizardState", {"blob": fields.String(required=True)})


@api.route("/wizard/resume")
class ResumeWizard(Resource):
    @api.expect(state)
    def post(self):
        wizard = pickle.loads(base64.b64decode(api.payload["blob"]))
        return {"step": wizard.step, "answers": wizard.answers}
