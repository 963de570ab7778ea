import httpx
from flask import Flask
from flask_restx import Api, Resource

app = Flask(__name__)
api = Api(app)
INTEGRATIONS = "https://integrations.example.com"


@api.route("/integrations/test")
class IntegrationTest(Resource):
    def post(self):
        integration_id = int(api.payload["integration_id"])
        r = httpx.post(f"{INTEGRATIONS}/v1/integrations/{integration_id}/test", json={"event": "test"}, timeout=5)
        return {"status": r.status_code}
