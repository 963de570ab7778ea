import httpx
from flask import Flask
from flask_restx import Api, Resource

app = Flask(__name__)
api = Api(app)


@api.route("/integrations/test")
class IntegrationTest(Resource):
    def post(self):
        callback = api.payload["callback_url"]
        r = httpx.post(callback, json={"event": "test"}, timeout=5)
        return {"status": r.status_code}
