from flask import Flask, request
from flask_jwt_extended import JWTManager, jwt_required
from flask_restful import Api, Resource

from .models import Webhook, db

app = Flask(__name__)
app.config.from_prefixed_env()
api = Api(app)
JWTManager(app)


class WebhookList(Resource):
    method_decorators = {"get": [jwt_required()]}

    def get(self):
        return [{"id": w.id, "url": w.url} for w in Webhook.query.all()]

    def post(self):
        body = request.get_json()
        hook = Webhook(url=body["url"], secret=body["secret"])
        db.session.add(hook)
        db.session.commit()
        return {"id": hook.id}, 201


api.add_resource(WebhookList, "/webhooks")
