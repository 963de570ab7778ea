import base64
import json

from flask import Flask
from flask_restx import Api, Resource, fields

app = Flask(__name__)
api = Api(app)
state = api.model("WizardState", {"blob": fields.String(required=True)})


@api.route("/wizard/resume")
class ResumeWizard(Resource):
    @api.expect(state)
    def post(self):
        wizard = json.loads(base64.b64decode(api.payload["blob"]))
        return {"step": int(wizard["step"]), "answers": wizard.get("answers", {})}
